import { graphql } from '../../gql';

export const AgendaItemFieldsFragment = graphql(`
  fragment AgendaItemFields on AgendaItem {
    id
    pairId
    version
    day
    startTime
    endTime
    title
    kind
    status
    location
    notes
    questions
    deletedAt
    theme {
      code
      labelFr
      labelEn
    }
    hosts {
      id
      kind
      name
      role
      structureRef
    }
    note {
      id
      title
    }
  }
`);

export const AgendaPanelQuery = graphql(`
  query AgendaPanel($pairId: ID!) {
    me {
      id
      role
    }
    themes {
      code
      labelFr
      labelEn
    }
    pair(id: $pairId) {
      id
      status
      compagnon {
        id
        name
        members {
          id
          name
          town
        }
      }
      agenda {
        ...AgendaItemFields
      }
    }
  }
`);

export const AgendaEventsSubscription = graphql(`
  subscription AgendaEvents($pairId: ID!) {
    agendaEvents(pairId: $pairId) {
      type
      item {
        ...AgendaItemFields
      }
    }
  }
`);

export const AgendaPresenceSubscription = graphql(`
  subscription AgendaPresence($pairId: ID!) {
    agendaPresence(pairId: $pairId) {
      pairId
      editors {
        userId
        displayName
        itemId
      }
    }
  }
`);

export const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      ...AgendaItemFields
    }
  }
`);

export const UpdateAgendaItemMutation = graphql(`
  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {
    updateAgendaItem(input: $input) {
      ...AgendaItemFields
    }
  }
`);

export const DeleteAgendaItemMutation = graphql(`
  mutation DeleteAgendaItem($id: ID!, $expectedVersion: Int!) {
    deleteAgendaItem(id: $id, expectedVersion: $expectedVersion)
  }
`);

export const StartAgendaFromTemplateMutation = graphql(`
  mutation StartAgendaFromTemplate($pairId: ID!, $firstDay: String!) {
    startAgendaFromTemplate(pairId: $pairId, firstDay: $firstDay) {
      ...AgendaItemFields
    }
  }
`);

export const MarkAgendaEditingMutation = graphql(`
  mutation MarkAgendaEditing($pairId: ID!, $itemId: ID) {
    markAgendaEditing(pairId: $pairId, itemId: $itemId)
  }
`);

/** Opens the discussion about an item: creates its thread, or returns the one already opened. */
export const OpenAgendaThreadMutation = graphql(`
  mutation OpenAgendaThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
      agendaItemId
    }
  }
`);
