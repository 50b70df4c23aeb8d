/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SetLocale($locale: String!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetLocaleDocument,
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    pairId\n    version\n    day\n    startTime\n    endTime\n    title\n    kind\n    status\n    location\n    notes\n    questions\n    deletedAt\n    theme {\n      code\n      labelFr\n      labelEn\n    }\n    hosts {\n      id\n      kind\n      name\n      role\n      structureRef\n    }\n  }\n": typeof types.AgendaItemFieldsFragmentDoc,
    "\n  query AgendaPanel($pairId: ID!) {\n    me {\n      id\n      role\n    }\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n    pair(id: $pairId) {\n      id\n      status\n      agenda {\n        ...AgendaItemFields\n      }\n    }\n  }\n": typeof types.AgendaPanelDocument,
    "\n  subscription AgendaEvents($pairId: ID!) {\n    agendaEvents(pairId: $pairId) {\n      type\n      item {\n        ...AgendaItemFields\n      }\n    }\n  }\n": typeof types.AgendaEventsDocument,
    "\n  subscription AgendaPresence($pairId: ID!) {\n    agendaPresence(pairId: $pairId) {\n      pairId\n      editors {\n        userId\n        displayName\n        itemId\n      }\n    }\n  }\n": typeof types.AgendaPresenceDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": typeof types.UpdateAgendaItemDocument,
    "\n  mutation DeleteAgendaItem($id: ID!, $expectedVersion: Int!) {\n    deleteAgendaItem(id: $id, expectedVersion: $expectedVersion)\n  }\n": typeof types.DeleteAgendaItemDocument,
    "\n  mutation StartAgendaFromTemplate($pairId: ID!, $firstDay: String!) {\n    startAgendaFromTemplate(pairId: $pairId, firstDay: $firstDay) {\n      ...AgendaItemFields\n    }\n  }\n": typeof types.StartAgendaFromTemplateDocument,
    "\n  mutation MarkAgendaEditing($pairId: ID!, $itemId: ID) {\n    markAgendaEditing(pairId: $pairId, itemId: $itemId)\n  }\n": typeof types.MarkAgendaEditingDocument,
    "\n  query AgendaPrint($pairId: ID!) {\n    pair(id: $pairId) {\n      id\n      compagnon {\n        id\n        name\n        town\n      }\n      beneficiary {\n        id\n        name\n        town\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n    }\n  }\n": typeof types.AgendaPrintDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n    }\n  }\n": typeof types.CalendarFeedDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed {\n      url\n      createdAt\n    }\n  }\n": typeof types.ResetCalendarFeedDocument,
    "\n  fragment ThemeList_Theme on Theme {\n    code\n    labelFr\n    labelEn\n  }\n": typeof types.ThemeList_ThemeFragmentDoc,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      invitedByName\n      expiresAt\n      ptce {\n        id\n        name\n        town\n      }\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      id\n      displayName\n      locale\n    }\n  }\n": typeof types.LogInDocument,
    "\n  query MyPtce {\n    me {\n      id\n      role\n      ptce {\n        id\n        slug\n        name\n        carrier\n        town\n        departments\n        region\n        summary\n        isCompagnon\n        eligibleForTsf\n        website\n        themes {\n          ...ThemeList_Theme\n        }\n      }\n    }\n  }\n": typeof types.MyPtceDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      locale\n      ptce {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  query MyPairs {\n    myPairs {\n      id\n      ...PairCard_Pair\n    }\n  }\n": typeof types.MyPairsDocument,
    "\n  fragment PairCard_Pair on Pair {\n    id\n    status\n    requestedAt\n    acceptedAt\n    completedAt\n    compagnon {\n      id\n      name\n      town\n    }\n    beneficiary {\n      id\n      name\n      town\n    }\n    themes {\n      ...ThemeList_Theme\n    }\n  }\n": typeof types.PairCard_PairFragmentDoc,
    "\n  fragment PairHeader_Pair on Pair {\n    id\n    status\n    requestedAt\n    acceptedAt\n    completedAt\n    compagnon {\n      id\n      name\n      town\n    }\n    beneficiary {\n      id\n      name\n      town\n    }\n    themes {\n      ...ThemeList_Theme\n    }\n  }\n": typeof types.PairHeader_PairFragmentDoc,
    "\n  query PairPage($id: ID!) {\n    pair(id: $id) {\n      id\n      compagnon {\n        id\n        name\n      }\n      beneficiary {\n        id\n        name\n      }\n      ...PairHeader_Pair\n    }\n  }\n": typeof types.PairPageDocument,
    "\n  subscription PairPageActivity($pairId: ID!) {\n    pairActivity(pairId: $pairId) {\n      type\n      pairId\n      pair {\n        id\n        ...PairHeader_Pair\n      }\n    }\n  }\n": typeof types.PairPageActivityDocument,
};
const documents: Documents = {
    "\n  mutation SetLocale($locale: String!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetLocaleDocument,
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    pairId\n    version\n    day\n    startTime\n    endTime\n    title\n    kind\n    status\n    location\n    notes\n    questions\n    deletedAt\n    theme {\n      code\n      labelFr\n      labelEn\n    }\n    hosts {\n      id\n      kind\n      name\n      role\n      structureRef\n    }\n  }\n": types.AgendaItemFieldsFragmentDoc,
    "\n  query AgendaPanel($pairId: ID!) {\n    me {\n      id\n      role\n    }\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n    pair(id: $pairId) {\n      id\n      status\n      agenda {\n        ...AgendaItemFields\n      }\n    }\n  }\n": types.AgendaPanelDocument,
    "\n  subscription AgendaEvents($pairId: ID!) {\n    agendaEvents(pairId: $pairId) {\n      type\n      item {\n        ...AgendaItemFields\n      }\n    }\n  }\n": types.AgendaEventsDocument,
    "\n  subscription AgendaPresence($pairId: ID!) {\n    agendaPresence(pairId: $pairId) {\n      pairId\n      editors {\n        userId\n        displayName\n        itemId\n      }\n    }\n  }\n": types.AgendaPresenceDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": types.UpdateAgendaItemDocument,
    "\n  mutation DeleteAgendaItem($id: ID!, $expectedVersion: Int!) {\n    deleteAgendaItem(id: $id, expectedVersion: $expectedVersion)\n  }\n": types.DeleteAgendaItemDocument,
    "\n  mutation StartAgendaFromTemplate($pairId: ID!, $firstDay: String!) {\n    startAgendaFromTemplate(pairId: $pairId, firstDay: $firstDay) {\n      ...AgendaItemFields\n    }\n  }\n": types.StartAgendaFromTemplateDocument,
    "\n  mutation MarkAgendaEditing($pairId: ID!, $itemId: ID) {\n    markAgendaEditing(pairId: $pairId, itemId: $itemId)\n  }\n": types.MarkAgendaEditingDocument,
    "\n  query AgendaPrint($pairId: ID!) {\n    pair(id: $pairId) {\n      id\n      compagnon {\n        id\n        name\n        town\n      }\n      beneficiary {\n        id\n        name\n        town\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n    }\n  }\n": types.AgendaPrintDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n    }\n  }\n": types.CalendarFeedDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed {\n      url\n      createdAt\n    }\n  }\n": types.ResetCalendarFeedDocument,
    "\n  fragment ThemeList_Theme on Theme {\n    code\n    labelFr\n    labelEn\n  }\n": types.ThemeList_ThemeFragmentDoc,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      invitedByName\n      expiresAt\n      ptce {\n        id\n        name\n        town\n      }\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      id\n      displayName\n      locale\n    }\n  }\n": types.LogInDocument,
    "\n  query MyPtce {\n    me {\n      id\n      role\n      ptce {\n        id\n        slug\n        name\n        carrier\n        town\n        departments\n        region\n        summary\n        isCompagnon\n        eligibleForTsf\n        website\n        themes {\n          ...ThemeList_Theme\n        }\n      }\n    }\n  }\n": types.MyPtceDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      locale\n      ptce {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  query MyPairs {\n    myPairs {\n      id\n      ...PairCard_Pair\n    }\n  }\n": types.MyPairsDocument,
    "\n  fragment PairCard_Pair on Pair {\n    id\n    status\n    requestedAt\n    acceptedAt\n    completedAt\n    compagnon {\n      id\n      name\n      town\n    }\n    beneficiary {\n      id\n      name\n      town\n    }\n    themes {\n      ...ThemeList_Theme\n    }\n  }\n": types.PairCard_PairFragmentDoc,
    "\n  fragment PairHeader_Pair on Pair {\n    id\n    status\n    requestedAt\n    acceptedAt\n    completedAt\n    compagnon {\n      id\n      name\n      town\n    }\n    beneficiary {\n      id\n      name\n      town\n    }\n    themes {\n      ...ThemeList_Theme\n    }\n  }\n": types.PairHeader_PairFragmentDoc,
    "\n  query PairPage($id: ID!) {\n    pair(id: $id) {\n      id\n      compagnon {\n        id\n        name\n      }\n      beneficiary {\n        id\n        name\n      }\n      ...PairHeader_Pair\n    }\n  }\n": types.PairPageDocument,
    "\n  subscription PairPageActivity($pairId: ID!) {\n    pairActivity(pairId: $pairId) {\n      type\n      pairId\n      pair {\n        id\n        ...PairHeader_Pair\n      }\n    }\n  }\n": types.PairPageActivityDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLocale($locale: String!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetLocale($locale: String!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    pairId\n    version\n    day\n    startTime\n    endTime\n    title\n    kind\n    status\n    location\n    notes\n    questions\n    deletedAt\n    theme {\n      code\n      labelFr\n      labelEn\n    }\n    hosts {\n      id\n      kind\n      name\n      role\n      structureRef\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaItemFields on AgendaItem {\n    id\n    pairId\n    version\n    day\n    startTime\n    endTime\n    title\n    kind\n    status\n    location\n    notes\n    questions\n    deletedAt\n    theme {\n      code\n      labelFr\n      labelEn\n    }\n    hosts {\n      id\n      kind\n      name\n      role\n      structureRef\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaPanel($pairId: ID!) {\n    me {\n      id\n      role\n    }\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n    pair(id: $pairId) {\n      id\n      status\n      agenda {\n        ...AgendaItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgendaPanel($pairId: ID!) {\n    me {\n      id\n      role\n    }\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n    pair(id: $pairId) {\n      id\n      status\n      agenda {\n        ...AgendaItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AgendaEvents($pairId: ID!) {\n    agendaEvents(pairId: $pairId) {\n      type\n      item {\n        ...AgendaItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AgendaEvents($pairId: ID!) {\n    agendaEvents(pairId: $pairId) {\n      type\n      item {\n        ...AgendaItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AgendaPresence($pairId: ID!) {\n    agendaPresence(pairId: $pairId) {\n      pairId\n      editors {\n        userId\n        displayName\n        itemId\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AgendaPresence($pairId: ID!) {\n    agendaPresence(pairId: $pairId) {\n      pairId\n      editors {\n        userId\n        displayName\n        itemId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAgendaItem($id: ID!, $expectedVersion: Int!) {\n    deleteAgendaItem(id: $id, expectedVersion: $expectedVersion)\n  }\n"): (typeof documents)["\n  mutation DeleteAgendaItem($id: ID!, $expectedVersion: Int!) {\n    deleteAgendaItem(id: $id, expectedVersion: $expectedVersion)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAgendaFromTemplate($pairId: ID!, $firstDay: String!) {\n    startAgendaFromTemplate(pairId: $pairId, firstDay: $firstDay) {\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartAgendaFromTemplate($pairId: ID!, $firstDay: String!) {\n    startAgendaFromTemplate(pairId: $pairId, firstDay: $firstDay) {\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAgendaEditing($pairId: ID!, $itemId: ID) {\n    markAgendaEditing(pairId: $pairId, itemId: $itemId)\n  }\n"): (typeof documents)["\n  mutation MarkAgendaEditing($pairId: ID!, $itemId: ID) {\n    markAgendaEditing(pairId: $pairId, itemId: $itemId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaPrint($pairId: ID!) {\n    pair(id: $pairId) {\n      id\n      compagnon {\n        id\n        name\n        town\n      }\n      beneficiary {\n        id\n        name\n        town\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgendaPrint($pairId: ID!) {\n    pair(id: $pairId) {\n      id\n      compagnon {\n        id\n        name\n        town\n      }\n      beneficiary {\n        id\n        name\n        town\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed {\n      url\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResetCalendarFeed {\n    resetCalendarFeed {\n      url\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThemeList_Theme on Theme {\n    code\n    labelFr\n    labelEn\n  }\n"): (typeof documents)["\n  fragment ThemeList_Theme on Theme {\n    code\n    labelFr\n    labelEn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      invitedByName\n      expiresAt\n      ptce {\n        id\n        name\n        town\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      invitedByName\n      expiresAt\n      ptce {\n        id\n        name\n        town\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      id\n      displayName\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      id\n      displayName\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPtce {\n    me {\n      id\n      role\n      ptce {\n        id\n        slug\n        name\n        carrier\n        town\n        departments\n        region\n        summary\n        isCompagnon\n        eligibleForTsf\n        website\n        themes {\n          ...ThemeList_Theme\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPtce {\n    me {\n      id\n      role\n      ptce {\n        id\n        slug\n        name\n        carrier\n        town\n        departments\n        region\n        summary\n        isCompagnon\n        eligibleForTsf\n        website\n        themes {\n          ...ThemeList_Theme\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      locale\n      ptce {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      locale\n      ptce {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPairs {\n    myPairs {\n      id\n      ...PairCard_Pair\n    }\n  }\n"): (typeof documents)["\n  query MyPairs {\n    myPairs {\n      id\n      ...PairCard_Pair\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PairCard_Pair on Pair {\n    id\n    status\n    requestedAt\n    acceptedAt\n    completedAt\n    compagnon {\n      id\n      name\n      town\n    }\n    beneficiary {\n      id\n      name\n      town\n    }\n    themes {\n      ...ThemeList_Theme\n    }\n  }\n"): (typeof documents)["\n  fragment PairCard_Pair on Pair {\n    id\n    status\n    requestedAt\n    acceptedAt\n    completedAt\n    compagnon {\n      id\n      name\n      town\n    }\n    beneficiary {\n      id\n      name\n      town\n    }\n    themes {\n      ...ThemeList_Theme\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PairHeader_Pair on Pair {\n    id\n    status\n    requestedAt\n    acceptedAt\n    completedAt\n    compagnon {\n      id\n      name\n      town\n    }\n    beneficiary {\n      id\n      name\n      town\n    }\n    themes {\n      ...ThemeList_Theme\n    }\n  }\n"): (typeof documents)["\n  fragment PairHeader_Pair on Pair {\n    id\n    status\n    requestedAt\n    acceptedAt\n    completedAt\n    compagnon {\n      id\n      name\n      town\n    }\n    beneficiary {\n      id\n      name\n      town\n    }\n    themes {\n      ...ThemeList_Theme\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PairPage($id: ID!) {\n    pair(id: $id) {\n      id\n      compagnon {\n        id\n        name\n      }\n      beneficiary {\n        id\n        name\n      }\n      ...PairHeader_Pair\n    }\n  }\n"): (typeof documents)["\n  query PairPage($id: ID!) {\n    pair(id: $id) {\n      id\n      compagnon {\n        id\n        name\n      }\n      beneficiary {\n        id\n        name\n      }\n      ...PairHeader_Pair\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PairPageActivity($pairId: ID!) {\n    pairActivity(pairId: $pairId) {\n      type\n      pairId\n      pair {\n        id\n        ...PairHeader_Pair\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PairPageActivity($pairId: ID!) {\n    pairActivity(pairId: $pairId) {\n      type\n      pairId\n      pair {\n        id\n        ...PairHeader_Pair\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;