import { graphql } from '../../gql';

// The fields every screen shows of a message; each document repeats them so results stay plain objects.
export const ThreadViewQuery = graphql(`
  query ThreadView($id: ID!) {
    thread(id: $id) {
      id
      pairId
      title
      lastSeq
      readSeq
      muted
      following
      theme {
        code
        labelFr
        labelEn
      }
      agendaItem {
        id
        title
        day
        startTime
        endTime
        deletedAt
      }
      readers {
        seq
        user {
          id
          displayName
        }
      }
      messages(last: 30) {
        id
        seq
        clientId
        body
        createdAt
        editedAt
        deletedAt
        author {
          id
          displayName
        }
      }
    }
  }
`);

export const ThreadPageQuery = graphql(`
  query ThreadPage($id: ID!, $beforeSeq: Int, $afterSeq: Int, $last: Int = 30) {
    thread(id: $id) {
      id
      messages(beforeSeq: $beforeSeq, afterSeq: $afterSeq, last: $last) {
        id
        seq
        clientId
        body
        createdAt
        editedAt
        deletedAt
        author {
          id
          displayName
        }
      }
    }
  }
`);

export const ThreadReadersQuery = graphql(`
  query ThreadReaders($id: ID!) {
    thread(id: $id) {
      id
      readers {
        seq
        user {
          id
          displayName
        }
      }
    }
  }
`);

export const ThreadEventsSubscription = graphql(`
  subscription ThreadEvents($threadId: ID!, $afterSeq: Int) {
    threadEvents(threadId: $threadId, afterSeq: $afterSeq) {
      type
      user {
        id
        displayName
      }
      message {
        id
        seq
        clientId
        body
        createdAt
        editedAt
        deletedAt
        author {
          id
          displayName
        }
      }
    }
  }
`);

export const PostMessageMutation = graphql(`
  mutation PostMessage($input: PostMessageInput!) {
    postMessage(input: $input) {
      id
      seq
      clientId
      body
      createdAt
      editedAt
      deletedAt
      threadId
      author {
        id
        displayName
      }
    }
  }
`);

export const EditMessageMutation = graphql(`
  mutation EditMessage($id: ID!, $body: String!) {
    editMessage(id: $id, body: $body) {
      id
      seq
      body
      editedAt
      deletedAt
    }
  }
`);

export const DeleteMessageMutation = graphql(`
  mutation DeleteMessage($id: ID!) {
    deleteMessage(id: $id) {
      id
      seq
      body
      editedAt
      deletedAt
    }
  }
`);

export const SignalPresenceMutation = graphql(`
  mutation SignalPresence($threadId: ID!, $typing: Boolean!) {
    signalPresence(threadId: $threadId, typing: $typing)
  }
`);

export const MarkReadMutation = graphql(`
  mutation MarkRead($threadId: ID!, $seq: Int!) {
    markRead(threadId: $threadId, seq: $seq) {
      id
      readSeq
      unreadCount
    }
  }
`);

export const SetThreadFollowingMutation = graphql(`
  mutation SetThreadFollowing($threadId: ID!, $following: Boolean!) {
    setThreadFollowing(threadId: $threadId, following: $following) {
      id
      muted
      following
    }
  }
`);

export const ThreadsPanelQuery = graphql(`
  query ThreadsPanel($pairId: ID!) {
    pair(id: $pairId) {
      id
      themes {
        code
        labelFr
        labelEn
      }
      threads {
        id
        title
        lastSeq
        unreadCount
        lastActivityAt
        muted
        theme {
          code
          labelFr
          labelEn
        }
      }
    }
  }
`);

export const CreateThreadMutation = graphql(`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
      title
    }
  }
`);

export const PairPeopleQuery = graphql(`
  query PairPeople($pairId: ID!) {
    pairPeople(pairId: $pairId) {
      id
      displayName
    }
  }
`);

export const SearchMessagesQuery = graphql(`
  query SearchMessages($pairId: ID!, $query: String!) {
    searchMessages(pairId: $pairId, query: $query) {
      id
      seq
      threadId
      body
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

export const ComposerDocumentsQuery = graphql(`
  query ComposerDocuments($pairId: ID!) {
    pair(id: $pairId) {
      id
      documents {
        id
        kind
        title
      }
    }
  }
`);
