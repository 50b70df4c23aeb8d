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
    "\n  query CompagnonSuggestions($themes: [String!]!, $department: String, $first: Int) {\n    compagnonSuggestions(themes: $themes, department: $department, first: $first) {\n      score\n      reasons\n      reasonDetails {\n        code\n        params\n      }\n      ptce {\n        id\n        slug\n        name\n        town\n        region\n        isCompagnon\n        amiLaureate2021\n        charterSignatory\n        eligibleForTsf\n      }\n    }\n  }\n": typeof types.CompagnonSuggestionsDocument,
    "\n  query DirectoryCsv {\n    directoryCsv\n  }\n": typeof types.DirectoryCsvDocument,
    "\n  mutation ImportDirectoryCsv($csv: String!) {\n    importDirectoryCsv(csv: $csv) {\n      created\n      updated\n    }\n  }\n": typeof types.ImportDirectoryCsvDocument,
    "\n  query Directory($filter: PtceFilter, $first: Int, $after: String) {\n    ptces(filter: $filter, first: $first, after: $after) {\n      totalCount\n      departmentCounts {\n        code\n        count\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          town\n          region\n          departments\n          isCompagnon\n          amiLaureate2021\n          charterSignatory\n          eligibleForTsf\n          themes {\n            code\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  query PtceForEdit($slug: String!) {\n    ptce(slug: $slug) {\n      id\n      slug\n      name\n      carrier\n      town\n      departments\n      region\n      summary\n      website\n      labelledYear\n      amiLaureate2021\n      charterSignatory\n      isCompagnon\n      themes {\n        code\n      }\n      members {\n        id\n        name\n        kind\n        town\n      }\n    }\n  }\n": typeof types.PtceForEditDocument,
    "\n  mutation CreatePtce($input: PtceInput!) {\n    createPtce(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.CreatePtceDocument,
    "\n  mutation UpdatePtce($id: ID!, $input: PtceInput!) {\n    updatePtce(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.UpdatePtceDocument,
    "\n  query PtcePage($slug: String!) {\n    ptce(slug: $slug) {\n      id\n      slug\n      name\n      carrier\n      town\n      region\n      summary\n      website\n      labelledYear\n      isCompagnon\n      amiLaureate2021\n      charterSignatory\n      eligibleForTsf\n      tsfCount\n      uncertain\n      sources\n      departmentDetails {\n        code\n        name\n      }\n      themes {\n        code\n      }\n      members {\n        id\n        name\n        kind\n        town\n      }\n      people {\n        displayName\n        role\n        email\n      }\n    }\n  }\n": typeof types.PtcePageDocument,
    "\n  fragment ThemeList_Theme on Theme {\n    code\n    labelFr\n    labelEn\n  }\n": typeof types.ThemeList_ThemeFragmentDoc,
    "\n  query Themes {\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n  }\n": typeof types.ThemesDocument,
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
    "\n  query CompagnonSuggestions($themes: [String!]!, $department: String, $first: Int) {\n    compagnonSuggestions(themes: $themes, department: $department, first: $first) {\n      score\n      reasons\n      reasonDetails {\n        code\n        params\n      }\n      ptce {\n        id\n        slug\n        name\n        town\n        region\n        isCompagnon\n        amiLaureate2021\n        charterSignatory\n        eligibleForTsf\n      }\n    }\n  }\n": types.CompagnonSuggestionsDocument,
    "\n  query DirectoryCsv {\n    directoryCsv\n  }\n": types.DirectoryCsvDocument,
    "\n  mutation ImportDirectoryCsv($csv: String!) {\n    importDirectoryCsv(csv: $csv) {\n      created\n      updated\n    }\n  }\n": types.ImportDirectoryCsvDocument,
    "\n  query Directory($filter: PtceFilter, $first: Int, $after: String) {\n    ptces(filter: $filter, first: $first, after: $after) {\n      totalCount\n      departmentCounts {\n        code\n        count\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          town\n          region\n          departments\n          isCompagnon\n          amiLaureate2021\n          charterSignatory\n          eligibleForTsf\n          themes {\n            code\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DirectoryDocument,
    "\n  query PtceForEdit($slug: String!) {\n    ptce(slug: $slug) {\n      id\n      slug\n      name\n      carrier\n      town\n      departments\n      region\n      summary\n      website\n      labelledYear\n      amiLaureate2021\n      charterSignatory\n      isCompagnon\n      themes {\n        code\n      }\n      members {\n        id\n        name\n        kind\n        town\n      }\n    }\n  }\n": types.PtceForEditDocument,
    "\n  mutation CreatePtce($input: PtceInput!) {\n    createPtce(input: $input) {\n      id\n      slug\n    }\n  }\n": types.CreatePtceDocument,
    "\n  mutation UpdatePtce($id: ID!, $input: PtceInput!) {\n    updatePtce(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n": types.UpdatePtceDocument,
    "\n  query PtcePage($slug: String!) {\n    ptce(slug: $slug) {\n      id\n      slug\n      name\n      carrier\n      town\n      region\n      summary\n      website\n      labelledYear\n      isCompagnon\n      amiLaureate2021\n      charterSignatory\n      eligibleForTsf\n      tsfCount\n      uncertain\n      sources\n      departmentDetails {\n        code\n        name\n      }\n      themes {\n        code\n      }\n      members {\n        id\n        name\n        kind\n        town\n      }\n      people {\n        displayName\n        role\n        email\n      }\n    }\n  }\n": types.PtcePageDocument,
    "\n  fragment ThemeList_Theme on Theme {\n    code\n    labelFr\n    labelEn\n  }\n": types.ThemeList_ThemeFragmentDoc,
    "\n  query Themes {\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n  }\n": types.ThemesDocument,
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
export function graphql(source: "\n  query CompagnonSuggestions($themes: [String!]!, $department: String, $first: Int) {\n    compagnonSuggestions(themes: $themes, department: $department, first: $first) {\n      score\n      reasons\n      reasonDetails {\n        code\n        params\n      }\n      ptce {\n        id\n        slug\n        name\n        town\n        region\n        isCompagnon\n        amiLaureate2021\n        charterSignatory\n        eligibleForTsf\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompagnonSuggestions($themes: [String!]!, $department: String, $first: Int) {\n    compagnonSuggestions(themes: $themes, department: $department, first: $first) {\n      score\n      reasons\n      reasonDetails {\n        code\n        params\n      }\n      ptce {\n        id\n        slug\n        name\n        town\n        region\n        isCompagnon\n        amiLaureate2021\n        charterSignatory\n        eligibleForTsf\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryCsv {\n    directoryCsv\n  }\n"): (typeof documents)["\n  query DirectoryCsv {\n    directoryCsv\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDirectoryCsv($csv: String!) {\n    importDirectoryCsv(csv: $csv) {\n      created\n      updated\n    }\n  }\n"): (typeof documents)["\n  mutation ImportDirectoryCsv($csv: String!) {\n    importDirectoryCsv(csv: $csv) {\n      created\n      updated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory($filter: PtceFilter, $first: Int, $after: String) {\n    ptces(filter: $filter, first: $first, after: $after) {\n      totalCount\n      departmentCounts {\n        code\n        count\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          town\n          region\n          departments\n          isCompagnon\n          amiLaureate2021\n          charterSignatory\n          eligibleForTsf\n          themes {\n            code\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Directory($filter: PtceFilter, $first: Int, $after: String) {\n    ptces(filter: $filter, first: $first, after: $after) {\n      totalCount\n      departmentCounts {\n        code\n        count\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          town\n          region\n          departments\n          isCompagnon\n          amiLaureate2021\n          charterSignatory\n          eligibleForTsf\n          themes {\n            code\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PtceForEdit($slug: String!) {\n    ptce(slug: $slug) {\n      id\n      slug\n      name\n      carrier\n      town\n      departments\n      region\n      summary\n      website\n      labelledYear\n      amiLaureate2021\n      charterSignatory\n      isCompagnon\n      themes {\n        code\n      }\n      members {\n        id\n        name\n        kind\n        town\n      }\n    }\n  }\n"): (typeof documents)["\n  query PtceForEdit($slug: String!) {\n    ptce(slug: $slug) {\n      id\n      slug\n      name\n      carrier\n      town\n      departments\n      region\n      summary\n      website\n      labelledYear\n      amiLaureate2021\n      charterSignatory\n      isCompagnon\n      themes {\n        code\n      }\n      members {\n        id\n        name\n        kind\n        town\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePtce($input: PtceInput!) {\n    createPtce(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePtce($input: PtceInput!) {\n    createPtce(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePtce($id: ID!, $input: PtceInput!) {\n    updatePtce(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePtce($id: ID!, $input: PtceInput!) {\n    updatePtce(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PtcePage($slug: String!) {\n    ptce(slug: $slug) {\n      id\n      slug\n      name\n      carrier\n      town\n      region\n      summary\n      website\n      labelledYear\n      isCompagnon\n      amiLaureate2021\n      charterSignatory\n      eligibleForTsf\n      tsfCount\n      uncertain\n      sources\n      departmentDetails {\n        code\n        name\n      }\n      themes {\n        code\n      }\n      members {\n        id\n        name\n        kind\n        town\n      }\n      people {\n        displayName\n        role\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query PtcePage($slug: String!) {\n    ptce(slug: $slug) {\n      id\n      slug\n      name\n      carrier\n      town\n      region\n      summary\n      website\n      labelledYear\n      isCompagnon\n      amiLaureate2021\n      charterSignatory\n      eligibleForTsf\n      tsfCount\n      uncertain\n      sources\n      departmentDetails {\n        code\n        name\n      }\n      themes {\n        code\n      }\n      members {\n        id\n        name\n        kind\n        town\n      }\n      people {\n        displayName\n        role\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThemeList_Theme on Theme {\n    code\n    labelFr\n    labelEn\n  }\n"): (typeof documents)["\n  fragment ThemeList_Theme on Theme {\n    code\n    labelFr\n    labelEn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Themes {\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  query Themes {\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n  }\n"];
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