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
    "\n  fragment ThemeList_Theme on Theme {\n    code\n    labelFr\n    labelEn\n  }\n": typeof types.ThemeList_ThemeFragmentDoc,
    "\n  fragment DocumentCard_Document on Document {\n    id\n    kind\n    title\n    version\n    updatedAt\n    theme {\n      code\n      labelFr\n      labelEn\n    }\n    latest {\n      id\n      body\n    }\n    versions {\n      id\n      number\n      fileName\n      mimeType\n      sizeBytes\n      downloadUrl\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.DocumentCard_DocumentFragmentDoc,
    "\n  query DocumentsPanel($pairId: ID!, $filter: DocumentFilter) {\n    pair(id: $pairId) {\n      id\n      themes {\n        code\n        labelFr\n        labelEn\n      }\n      documents(filter: $filter) {\n        id\n        ...DocumentCard_Document\n      }\n    }\n  }\n": typeof types.DocumentsPanelDocument,
    "\n  subscription DocumentsActivity($pairId: ID!) {\n    pairActivity(pairId: $pairId) {\n      type\n      pairId\n    }\n  }\n": typeof types.DocumentsActivityDocument,
    "\n  mutation CreateNote($input: CreateNoteInput!) {\n    createNote(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateNoteDocument,
    "\n  mutation UpdateNote($input: UpdateNoteInput!) {\n    updateNote(input: $input) {\n      id\n      version\n      title\n      updatedAt\n      latest {\n        id\n        body\n      }\n    }\n  }\n": typeof types.UpdateNoteDocument,
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
    "\n  fragment ThemeList_Theme on Theme {\n    code\n    labelFr\n    labelEn\n  }\n": types.ThemeList_ThemeFragmentDoc,
    "\n  fragment DocumentCard_Document on Document {\n    id\n    kind\n    title\n    version\n    updatedAt\n    theme {\n      code\n      labelFr\n      labelEn\n    }\n    latest {\n      id\n      body\n    }\n    versions {\n      id\n      number\n      fileName\n      mimeType\n      sizeBytes\n      downloadUrl\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.DocumentCard_DocumentFragmentDoc,
    "\n  query DocumentsPanel($pairId: ID!, $filter: DocumentFilter) {\n    pair(id: $pairId) {\n      id\n      themes {\n        code\n        labelFr\n        labelEn\n      }\n      documents(filter: $filter) {\n        id\n        ...DocumentCard_Document\n      }\n    }\n  }\n": types.DocumentsPanelDocument,
    "\n  subscription DocumentsActivity($pairId: ID!) {\n    pairActivity(pairId: $pairId) {\n      type\n      pairId\n    }\n  }\n": types.DocumentsActivityDocument,
    "\n  mutation CreateNote($input: CreateNoteInput!) {\n    createNote(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateNoteDocument,
    "\n  mutation UpdateNote($input: UpdateNoteInput!) {\n    updateNote(input: $input) {\n      id\n      version\n      title\n      updatedAt\n      latest {\n        id\n        body\n      }\n    }\n  }\n": types.UpdateNoteDocument,
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
export function graphql(source: "\n  fragment ThemeList_Theme on Theme {\n    code\n    labelFr\n    labelEn\n  }\n"): (typeof documents)["\n  fragment ThemeList_Theme on Theme {\n    code\n    labelFr\n    labelEn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentCard_Document on Document {\n    id\n    kind\n    title\n    version\n    updatedAt\n    theme {\n      code\n      labelFr\n      labelEn\n    }\n    latest {\n      id\n      body\n    }\n    versions {\n      id\n      number\n      fileName\n      mimeType\n      sizeBytes\n      downloadUrl\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentCard_Document on Document {\n    id\n    kind\n    title\n    version\n    updatedAt\n    theme {\n      code\n      labelFr\n      labelEn\n    }\n    latest {\n      id\n      body\n    }\n    versions {\n      id\n      number\n      fileName\n      mimeType\n      sizeBytes\n      downloadUrl\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsPanel($pairId: ID!, $filter: DocumentFilter) {\n    pair(id: $pairId) {\n      id\n      themes {\n        code\n        labelFr\n        labelEn\n      }\n      documents(filter: $filter) {\n        id\n        ...DocumentCard_Document\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentsPanel($pairId: ID!, $filter: DocumentFilter) {\n    pair(id: $pairId) {\n      id\n      themes {\n        code\n        labelFr\n        labelEn\n      }\n      documents(filter: $filter) {\n        id\n        ...DocumentCard_Document\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DocumentsActivity($pairId: ID!) {\n    pairActivity(pairId: $pairId) {\n      type\n      pairId\n    }\n  }\n"): (typeof documents)["\n  subscription DocumentsActivity($pairId: ID!) {\n    pairActivity(pairId: $pairId) {\n      type\n      pairId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNote($input: CreateNoteInput!) {\n    createNote(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNote($input: CreateNoteInput!) {\n    createNote(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNote($input: UpdateNoteInput!) {\n    updateNote(input: $input) {\n      id\n      version\n      title\n      updatedAt\n      latest {\n        id\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNote($input: UpdateNoteInput!) {\n    updateNote(input: $input) {\n      id\n      version\n      title\n      updatedAt\n      latest {\n        id\n        body\n      }\n    }\n  }\n"];
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