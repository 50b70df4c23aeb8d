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
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    pairId\n    version\n    day\n    startTime\n    endTime\n    title\n    kind\n    status\n    location\n    notes\n    questions\n    deletedAt\n    theme {\n      code\n      labelFr\n      labelEn\n    }\n    hosts {\n      id\n      kind\n      name\n      role\n      structureRef\n    }\n    note {\n      id\n      title\n    }\n  }\n": typeof types.AgendaItemFieldsFragmentDoc,
    "\n  query AgendaPanel($pairId: ID!) {\n    me {\n      id\n      role\n    }\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n    pair(id: $pairId) {\n      id\n      status\n      compagnon {\n        id\n        name\n        members {\n          id\n          name\n          town\n        }\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n    }\n  }\n": typeof types.AgendaPanelDocument,
    "\n  subscription AgendaEvents($pairId: ID!) {\n    agendaEvents(pairId: $pairId) {\n      type\n      item {\n        ...AgendaItemFields\n      }\n    }\n  }\n": typeof types.AgendaEventsDocument,
    "\n  subscription AgendaPresence($pairId: ID!) {\n    agendaPresence(pairId: $pairId) {\n      pairId\n      editors {\n        userId\n        displayName\n        itemId\n      }\n    }\n  }\n": typeof types.AgendaPresenceDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": typeof types.UpdateAgendaItemDocument,
    "\n  mutation DeleteAgendaItem($id: ID!, $expectedVersion: Int!) {\n    deleteAgendaItem(id: $id, expectedVersion: $expectedVersion)\n  }\n": typeof types.DeleteAgendaItemDocument,
    "\n  mutation StartAgendaFromTemplate($pairId: ID!, $firstDay: String!) {\n    startAgendaFromTemplate(pairId: $pairId, firstDay: $firstDay) {\n      ...AgendaItemFields\n    }\n  }\n": typeof types.StartAgendaFromTemplateDocument,
    "\n  mutation MarkAgendaEditing($pairId: ID!, $itemId: ID) {\n    markAgendaEditing(pairId: $pairId, itemId: $itemId)\n  }\n": typeof types.MarkAgendaEditingDocument,
    "\n  mutation OpenAgendaThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      agendaItemId\n    }\n  }\n": typeof types.OpenAgendaThreadDocument,
    "\n  query AgendaPrint($pairId: ID!) {\n    pair(id: $pairId) {\n      id\n      compagnon {\n        id\n        name\n        town\n      }\n      beneficiary {\n        id\n        name\n        town\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n    }\n  }\n": typeof types.AgendaPrintDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n    }\n  }\n": typeof types.CalendarFeedDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed {\n      url\n      createdAt\n    }\n  }\n": typeof types.ResetCalendarFeedDocument,
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
    "\n  fragment DocumentCard_Document on Document {\n    id\n    kind\n    title\n    version\n    updatedAt\n    theme {\n      code\n      labelFr\n      labelEn\n    }\n    latest {\n      id\n      body\n    }\n    versions {\n      id\n      number\n      fileName\n      mimeType\n      sizeBytes\n      downloadUrl\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.DocumentCard_DocumentFragmentDoc,
    "\n  query DocumentsPanel($pairId: ID!, $filter: DocumentFilter) {\n    pair(id: $pairId) {\n      id\n      themes {\n        code\n        labelFr\n        labelEn\n      }\n      documents(filter: $filter) {\n        id\n        ...DocumentCard_Document\n      }\n    }\n  }\n": typeof types.DocumentsPanelDocument,
    "\n  subscription DocumentsActivity($pairId: ID!) {\n    pairActivity(pairId: $pairId) {\n      type\n      pairId\n    }\n  }\n": typeof types.DocumentsActivityDocument,
    "\n  mutation CreateNote($input: CreateNoteInput!) {\n    createNote(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateNoteDocument,
    "\n  mutation UpdateNote($input: UpdateNoteInput!) {\n    updateNote(input: $input) {\n      id\n      version\n      title\n      updatedAt\n      latest {\n        id\n        body\n      }\n    }\n  }\n": typeof types.UpdateNoteDocument,
    "\n  query LinkableNotes($pairId: ID!) {\n    pair(id: $pairId) {\n      id\n      documents(filter: { kind: NOTE }) {\n        id\n        title\n      }\n    }\n  }\n": typeof types.LinkableNotesDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      invitedByName\n      expiresAt\n      ptce {\n        id\n        name\n        town\n      }\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      id\n      displayName\n      locale\n    }\n  }\n": typeof types.LogInDocument,
    "\n  query MyPtce {\n    me {\n      id\n      role\n      ptce {\n        id\n        slug\n        name\n        carrier\n        town\n        departments\n        region\n        summary\n        isCompagnon\n        eligibleForTsf\n        website\n        themes {\n          ...ThemeList_Theme\n        }\n      }\n    }\n  }\n": typeof types.MyPtceDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      locale\n      ptce {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    pairId\n    actorName\n    threadId\n    seq\n    agendaItemId\n    documentId\n    followUpId\n    title\n    excerpt\n    createdAt\n    readAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query NotificationBell($after: String) {\n    unreadNotificationCount\n    notifications(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationBellDocument,
    "\n  subscription NotificationEvents {\n    notificationEvents {\n      type\n      unreadCount\n      notification {\n        id\n      }\n    }\n  }\n": typeof types.NotificationEventsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      digest\n      emailMentions\n      emailPairStatus\n      emailAgendaSoon\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      digest\n      emailMentions\n      emailPairStatus\n      emailAgendaSoon\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  mutation AnswerFollowUp($followUpId: ID!, $answer: String!) {\n    answerFollowUp(followUpId: $followUpId, answer: $answer) {\n      id\n      answer\n      answeredByName\n      answeredAt\n    }\n  }\n": typeof types.AnswerFollowUpDocument,
    "\n  mutation SaveLesson($input: SaveLessonInput!) {\n    saveLesson(input: $input) {\n      id\n      themeCode\n      side\n      learned\n      nextStep\n      nextStepOwner\n      nextStepDue\n      note {\n        id\n        title\n      }\n      authorName\n      updatedAt\n    }\n  }\n": typeof types.SaveLessonDocument,
    "\n  query MyPairs {\n    myPairs {\n      id\n      ...PairCard_Pair\n    }\n  }\n": typeof types.MyPairsDocument,
    "\n  subscription MyPairsActivity {\n    myPairsActivity {\n      type\n      pairId\n    }\n  }\n": typeof types.MyPairsActivityDocument,
    "\n  fragment PairBilan_Pair on Pair {\n    id\n    status\n    viewerSide\n    compagnon {\n      id\n      name\n    }\n    beneficiary {\n      id\n      name\n    }\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n    lessons {\n      id\n      themeCode\n      side\n      learned\n      nextStep\n      nextStepOwner\n      nextStepDue\n      note {\n        id\n        title\n      }\n      authorName\n      updatedAt\n    }\n    followUps {\n      id\n      monthsAfter\n      dueOn\n      isDue\n      answer\n      answeredByName\n      answeredAt\n    }\n    auditTrail {\n      id\n      kind\n      fromStatus\n      toStatus\n      actorName\n      at\n    }\n  }\n": typeof types.PairBilan_PairFragmentDoc,
    "\n  query PairBilan($id: ID!) {\n    pair(id: $id) {\n      id\n      ...PairBilan_Pair\n    }\n  }\n": typeof types.PairBilanDocument,
    "\n  subscription PairBilanActivity($pairId: ID!) {\n    pairActivity(pairId: $pairId) {\n      type\n      pair {\n        id\n        ...PairBilan_Pair\n      }\n    }\n  }\n": typeof types.PairBilanActivityDocument,
    "\n  fragment PairCard_Pair on Pair {\n    id\n    status\n    requestedAt\n    acceptedAt\n    completedAt\n    viewerActions\n    followUpsDue\n    lastStatusChangeAt\n    compagnon {\n      id\n      name\n      town\n    }\n    beneficiary {\n      id\n      name\n      town\n    }\n    themes {\n      ...ThemeList_Theme\n    }\n  }\n": typeof types.PairCard_PairFragmentDoc,
    "\n  fragment PairDecision_Pair on Pair {\n    id\n    status\n    viewerActions\n    viewerSide\n    requestMessage\n    wishedStartDate\n    wishedEndDate\n    declineReason\n    requestedAt\n    beneficiary {\n      id\n      name\n    }\n  }\n": typeof types.PairDecision_PairFragmentDoc,
    "\n  mutation AcceptTsf($pairId: ID!) {\n    acceptTsf(pairId: $pairId) {\n      id\n      acceptedAt\n      ...PairDecision_Pair\n      ...PairHeader_Pair\n    }\n  }\n": typeof types.AcceptTsfDocument,
    "\n  mutation DeclineTsf($pairId: ID!, $reason: String!) {\n    declineTsf(pairId: $pairId, reason: $reason) {\n      id\n      ...PairDecision_Pair\n      ...PairHeader_Pair\n    }\n  }\n": typeof types.DeclineTsfDocument,
    "\n  mutation WithdrawTsf($pairId: ID!) {\n    withdrawTsf(pairId: $pairId) {\n      id\n      ...PairDecision_Pair\n      ...PairHeader_Pair\n    }\n  }\n": typeof types.WithdrawTsfDocument,
    "\n  mutation CompleteTsf($pairId: ID!) {\n    completeTsf(pairId: $pairId) {\n      id\n      completedAt\n      ...PairDecision_Pair\n      ...PairHeader_Pair\n    }\n  }\n": typeof types.CompleteTsfDocument,
    "\n  fragment PairExportButton_Pair on Pair {\n    id\n    viewerCanExport\n  }\n": typeof types.PairExportButton_PairFragmentDoc,
    "\n  fragment PairHeader_Pair on Pair {\n    id\n    status\n    requestedAt\n    acceptedAt\n    completedAt\n    compagnon {\n      id\n      name\n      town\n    }\n    beneficiary {\n      id\n      name\n      town\n    }\n    themes {\n      ...ThemeList_Theme\n    }\n  }\n": typeof types.PairHeader_PairFragmentDoc,
    "\n  query PairMembers($id: ID!) {\n    pair(id: $id) {\n      id\n      compagnon {\n        id\n        name\n      }\n      beneficiary {\n        id\n        name\n      }\n      members {\n        id\n        displayName\n        role\n        side\n      }\n    }\n  }\n": typeof types.PairMembersDocument,
    "\n  query PairPage($id: ID!) {\n    pair(id: $id) {\n      id\n      compagnon {\n        id\n        name\n      }\n      beneficiary {\n        id\n        name\n      }\n      ...PairHeader_Pair\n      ...PairDecision_Pair\n      ...PairExportButton_Pair\n    }\n  }\n": typeof types.PairPageDocument,
    "\n  subscription PairPageActivity($pairId: ID!) {\n    pairActivity(pairId: $pairId) {\n      type\n      pairId\n      pair {\n        id\n        ...PairHeader_Pair\n        ...PairDecision_Pair\n      }\n    }\n  }\n": typeof types.PairPageActivityDocument,
    "\n  query PairsOverview($filter: PairsOverviewFilter) {\n    pairsOverview(filter: $filter) {\n      pair {\n        id\n        status\n        requestedAt\n        acceptedAt\n        compagnon {\n          id\n          name\n          region\n        }\n        beneficiary {\n          id\n          name\n          region\n        }\n        themes {\n          code\n          labelFr\n          labelEn\n        }\n      }\n      daysToAcceptance\n      daysFromAcceptanceToVisit\n      followUpsDue\n      followUpsAnswered\n    }\n  }\n": typeof types.PairsOverviewDocument,
    "\n  query OverviewChoices {\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n    pairsOverview {\n      pair {\n        id\n        compagnon {\n          id\n          region\n        }\n        beneficiary {\n          id\n          region\n        }\n      }\n    }\n  }\n": typeof types.OverviewChoicesDocument,
    "\n  query RequestTsfPage {\n    tsfRequestOptions {\n      canRequest\n      reason\n      ptce {\n        id\n        name\n      }\n      compagnons {\n        id\n        name\n        town\n        region\n      }\n      operators {\n        displayName\n        email\n      }\n    }\n    themes {\n      code\n      labelFr\n      labelEn\n      group\n    }\n  }\n": typeof types.RequestTsfPageDocument,
    "\n  mutation RequestTsf($input: RequestTsfInput!) {\n    requestTsf(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestTsfDocument,
    "\n  query ThreadView($id: ID!) {\n    thread(id: $id) {\n      id\n      pairId\n      title\n      lastSeq\n      readSeq\n      muted\n      following\n      theme {\n        code\n        labelFr\n        labelEn\n      }\n      agendaItem {\n        id\n        title\n        day\n        startTime\n        endTime\n        deletedAt\n      }\n      readers {\n        seq\n        user {\n          id\n          displayName\n        }\n      }\n      messages(last: 30) {\n        id\n        seq\n        clientId\n        body\n        createdAt\n        editedAt\n        deletedAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ThreadViewDocument,
    "\n  query ThreadPage($id: ID!, $beforeSeq: Int, $afterSeq: Int, $last: Int = 30) {\n    thread(id: $id) {\n      id\n      messages(beforeSeq: $beforeSeq, afterSeq: $afterSeq, last: $last) {\n        id\n        seq\n        clientId\n        body\n        createdAt\n        editedAt\n        deletedAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ThreadPageDocument,
    "\n  query ThreadReaders($id: ID!) {\n    thread(id: $id) {\n      id\n      readers {\n        seq\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ThreadReadersDocument,
    "\n  subscription ThreadEvents($threadId: ID!, $afterSeq: Int) {\n    threadEvents(threadId: $threadId, afterSeq: $afterSeq) {\n      type\n      user {\n        id\n        displayName\n      }\n      message {\n        id\n        seq\n        clientId\n        body\n        createdAt\n        editedAt\n        deletedAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ThreadEventsDocument,
    "\n  mutation PostMessage($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      id\n      seq\n      clientId\n      body\n      createdAt\n      editedAt\n      deletedAt\n      threadId\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.PostMessageDocument,
    "\n  mutation EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      id\n      seq\n      body\n      editedAt\n      deletedAt\n    }\n  }\n": typeof types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      id\n      seq\n      body\n      editedAt\n      deletedAt\n    }\n  }\n": typeof types.DeleteMessageDocument,
    "\n  mutation SignalPresence($threadId: ID!, $typing: Boolean!) {\n    signalPresence(threadId: $threadId, typing: $typing)\n  }\n": typeof types.SignalPresenceDocument,
    "\n  mutation MarkRead($threadId: ID!, $seq: Int!) {\n    markRead(threadId: $threadId, seq: $seq) {\n      id\n      readSeq\n      unreadCount\n    }\n  }\n": typeof types.MarkReadDocument,
    "\n  mutation SetThreadFollowing($threadId: ID!, $following: Boolean!) {\n    setThreadFollowing(threadId: $threadId, following: $following) {\n      id\n      muted\n      following\n    }\n  }\n": typeof types.SetThreadFollowingDocument,
    "\n  query ThreadsPanel($pairId: ID!) {\n    pair(id: $pairId) {\n      id\n      themes {\n        code\n        labelFr\n        labelEn\n      }\n      threads {\n        id\n        title\n        lastSeq\n        unreadCount\n        lastActivityAt\n        muted\n        theme {\n          code\n          labelFr\n          labelEn\n        }\n      }\n    }\n  }\n": typeof types.ThreadsPanelDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateThreadDocument,
    "\n  query PairPeople($pairId: ID!) {\n    pairPeople(pairId: $pairId) {\n      id\n      displayName\n    }\n  }\n": typeof types.PairPeopleDocument,
    "\n  query SearchMessages($pairId: ID!, $query: String!) {\n    searchMessages(pairId: $pairId, query: $query) {\n      id\n      seq\n      threadId\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SearchMessagesDocument,
    "\n  query ComposerDocuments($pairId: ID!) {\n    pair(id: $pairId) {\n      id\n      documents {\n        id\n        kind\n        title\n      }\n    }\n  }\n": typeof types.ComposerDocumentsDocument,
};
const documents: Documents = {
    "\n  mutation SetLocale($locale: String!) {\n    setLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetLocaleDocument,
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    pairId\n    version\n    day\n    startTime\n    endTime\n    title\n    kind\n    status\n    location\n    notes\n    questions\n    deletedAt\n    theme {\n      code\n      labelFr\n      labelEn\n    }\n    hosts {\n      id\n      kind\n      name\n      role\n      structureRef\n    }\n    note {\n      id\n      title\n    }\n  }\n": types.AgendaItemFieldsFragmentDoc,
    "\n  query AgendaPanel($pairId: ID!) {\n    me {\n      id\n      role\n    }\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n    pair(id: $pairId) {\n      id\n      status\n      compagnon {\n        id\n        name\n        members {\n          id\n          name\n          town\n        }\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n    }\n  }\n": types.AgendaPanelDocument,
    "\n  subscription AgendaEvents($pairId: ID!) {\n    agendaEvents(pairId: $pairId) {\n      type\n      item {\n        ...AgendaItemFields\n      }\n    }\n  }\n": types.AgendaEventsDocument,
    "\n  subscription AgendaPresence($pairId: ID!) {\n    agendaPresence(pairId: $pairId) {\n      pairId\n      editors {\n        userId\n        displayName\n        itemId\n      }\n    }\n  }\n": types.AgendaPresenceDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": types.UpdateAgendaItemDocument,
    "\n  mutation DeleteAgendaItem($id: ID!, $expectedVersion: Int!) {\n    deleteAgendaItem(id: $id, expectedVersion: $expectedVersion)\n  }\n": types.DeleteAgendaItemDocument,
    "\n  mutation StartAgendaFromTemplate($pairId: ID!, $firstDay: String!) {\n    startAgendaFromTemplate(pairId: $pairId, firstDay: $firstDay) {\n      ...AgendaItemFields\n    }\n  }\n": types.StartAgendaFromTemplateDocument,
    "\n  mutation MarkAgendaEditing($pairId: ID!, $itemId: ID) {\n    markAgendaEditing(pairId: $pairId, itemId: $itemId)\n  }\n": types.MarkAgendaEditingDocument,
    "\n  mutation OpenAgendaThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      agendaItemId\n    }\n  }\n": types.OpenAgendaThreadDocument,
    "\n  query AgendaPrint($pairId: ID!) {\n    pair(id: $pairId) {\n      id\n      compagnon {\n        id\n        name\n        town\n      }\n      beneficiary {\n        id\n        name\n        town\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n    }\n  }\n": types.AgendaPrintDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n    }\n  }\n": types.CalendarFeedDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed {\n      url\n      createdAt\n    }\n  }\n": types.ResetCalendarFeedDocument,
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
    "\n  fragment DocumentCard_Document on Document {\n    id\n    kind\n    title\n    version\n    updatedAt\n    theme {\n      code\n      labelFr\n      labelEn\n    }\n    latest {\n      id\n      body\n    }\n    versions {\n      id\n      number\n      fileName\n      mimeType\n      sizeBytes\n      downloadUrl\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.DocumentCard_DocumentFragmentDoc,
    "\n  query DocumentsPanel($pairId: ID!, $filter: DocumentFilter) {\n    pair(id: $pairId) {\n      id\n      themes {\n        code\n        labelFr\n        labelEn\n      }\n      documents(filter: $filter) {\n        id\n        ...DocumentCard_Document\n      }\n    }\n  }\n": types.DocumentsPanelDocument,
    "\n  subscription DocumentsActivity($pairId: ID!) {\n    pairActivity(pairId: $pairId) {\n      type\n      pairId\n    }\n  }\n": types.DocumentsActivityDocument,
    "\n  mutation CreateNote($input: CreateNoteInput!) {\n    createNote(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateNoteDocument,
    "\n  mutation UpdateNote($input: UpdateNoteInput!) {\n    updateNote(input: $input) {\n      id\n      version\n      title\n      updatedAt\n      latest {\n        id\n        body\n      }\n    }\n  }\n": types.UpdateNoteDocument,
    "\n  query LinkableNotes($pairId: ID!) {\n    pair(id: $pairId) {\n      id\n      documents(filter: { kind: NOTE }) {\n        id\n        title\n      }\n    }\n  }\n": types.LinkableNotesDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      invitedByName\n      expiresAt\n      ptce {\n        id\n        name\n        town\n      }\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      id\n      displayName\n      locale\n    }\n  }\n": types.LogInDocument,
    "\n  query MyPtce {\n    me {\n      id\n      role\n      ptce {\n        id\n        slug\n        name\n        carrier\n        town\n        departments\n        region\n        summary\n        isCompagnon\n        eligibleForTsf\n        website\n        themes {\n          ...ThemeList_Theme\n        }\n      }\n    }\n  }\n": types.MyPtceDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      locale\n      ptce {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    pairId\n    actorName\n    threadId\n    seq\n    agendaItemId\n    documentId\n    followUpId\n    title\n    excerpt\n    createdAt\n    readAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query NotificationBell($after: String) {\n    unreadNotificationCount\n    notifications(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationBellDocument,
    "\n  subscription NotificationEvents {\n    notificationEvents {\n      type\n      unreadCount\n      notification {\n        id\n      }\n    }\n  }\n": types.NotificationEventsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      digest\n      emailMentions\n      emailPairStatus\n      emailAgendaSoon\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      digest\n      emailMentions\n      emailPairStatus\n      emailAgendaSoon\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  mutation AnswerFollowUp($followUpId: ID!, $answer: String!) {\n    answerFollowUp(followUpId: $followUpId, answer: $answer) {\n      id\n      answer\n      answeredByName\n      answeredAt\n    }\n  }\n": types.AnswerFollowUpDocument,
    "\n  mutation SaveLesson($input: SaveLessonInput!) {\n    saveLesson(input: $input) {\n      id\n      themeCode\n      side\n      learned\n      nextStep\n      nextStepOwner\n      nextStepDue\n      note {\n        id\n        title\n      }\n      authorName\n      updatedAt\n    }\n  }\n": types.SaveLessonDocument,
    "\n  query MyPairs {\n    myPairs {\n      id\n      ...PairCard_Pair\n    }\n  }\n": types.MyPairsDocument,
    "\n  subscription MyPairsActivity {\n    myPairsActivity {\n      type\n      pairId\n    }\n  }\n": types.MyPairsActivityDocument,
    "\n  fragment PairBilan_Pair on Pair {\n    id\n    status\n    viewerSide\n    compagnon {\n      id\n      name\n    }\n    beneficiary {\n      id\n      name\n    }\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n    lessons {\n      id\n      themeCode\n      side\n      learned\n      nextStep\n      nextStepOwner\n      nextStepDue\n      note {\n        id\n        title\n      }\n      authorName\n      updatedAt\n    }\n    followUps {\n      id\n      monthsAfter\n      dueOn\n      isDue\n      answer\n      answeredByName\n      answeredAt\n    }\n    auditTrail {\n      id\n      kind\n      fromStatus\n      toStatus\n      actorName\n      at\n    }\n  }\n": types.PairBilan_PairFragmentDoc,
    "\n  query PairBilan($id: ID!) {\n    pair(id: $id) {\n      id\n      ...PairBilan_Pair\n    }\n  }\n": types.PairBilanDocument,
    "\n  subscription PairBilanActivity($pairId: ID!) {\n    pairActivity(pairId: $pairId) {\n      type\n      pair {\n        id\n        ...PairBilan_Pair\n      }\n    }\n  }\n": types.PairBilanActivityDocument,
    "\n  fragment PairCard_Pair on Pair {\n    id\n    status\n    requestedAt\n    acceptedAt\n    completedAt\n    viewerActions\n    followUpsDue\n    lastStatusChangeAt\n    compagnon {\n      id\n      name\n      town\n    }\n    beneficiary {\n      id\n      name\n      town\n    }\n    themes {\n      ...ThemeList_Theme\n    }\n  }\n": types.PairCard_PairFragmentDoc,
    "\n  fragment PairDecision_Pair on Pair {\n    id\n    status\n    viewerActions\n    viewerSide\n    requestMessage\n    wishedStartDate\n    wishedEndDate\n    declineReason\n    requestedAt\n    beneficiary {\n      id\n      name\n    }\n  }\n": types.PairDecision_PairFragmentDoc,
    "\n  mutation AcceptTsf($pairId: ID!) {\n    acceptTsf(pairId: $pairId) {\n      id\n      acceptedAt\n      ...PairDecision_Pair\n      ...PairHeader_Pair\n    }\n  }\n": types.AcceptTsfDocument,
    "\n  mutation DeclineTsf($pairId: ID!, $reason: String!) {\n    declineTsf(pairId: $pairId, reason: $reason) {\n      id\n      ...PairDecision_Pair\n      ...PairHeader_Pair\n    }\n  }\n": types.DeclineTsfDocument,
    "\n  mutation WithdrawTsf($pairId: ID!) {\n    withdrawTsf(pairId: $pairId) {\n      id\n      ...PairDecision_Pair\n      ...PairHeader_Pair\n    }\n  }\n": types.WithdrawTsfDocument,
    "\n  mutation CompleteTsf($pairId: ID!) {\n    completeTsf(pairId: $pairId) {\n      id\n      completedAt\n      ...PairDecision_Pair\n      ...PairHeader_Pair\n    }\n  }\n": types.CompleteTsfDocument,
    "\n  fragment PairExportButton_Pair on Pair {\n    id\n    viewerCanExport\n  }\n": types.PairExportButton_PairFragmentDoc,
    "\n  fragment PairHeader_Pair on Pair {\n    id\n    status\n    requestedAt\n    acceptedAt\n    completedAt\n    compagnon {\n      id\n      name\n      town\n    }\n    beneficiary {\n      id\n      name\n      town\n    }\n    themes {\n      ...ThemeList_Theme\n    }\n  }\n": types.PairHeader_PairFragmentDoc,
    "\n  query PairMembers($id: ID!) {\n    pair(id: $id) {\n      id\n      compagnon {\n        id\n        name\n      }\n      beneficiary {\n        id\n        name\n      }\n      members {\n        id\n        displayName\n        role\n        side\n      }\n    }\n  }\n": types.PairMembersDocument,
    "\n  query PairPage($id: ID!) {\n    pair(id: $id) {\n      id\n      compagnon {\n        id\n        name\n      }\n      beneficiary {\n        id\n        name\n      }\n      ...PairHeader_Pair\n      ...PairDecision_Pair\n      ...PairExportButton_Pair\n    }\n  }\n": types.PairPageDocument,
    "\n  subscription PairPageActivity($pairId: ID!) {\n    pairActivity(pairId: $pairId) {\n      type\n      pairId\n      pair {\n        id\n        ...PairHeader_Pair\n        ...PairDecision_Pair\n      }\n    }\n  }\n": types.PairPageActivityDocument,
    "\n  query PairsOverview($filter: PairsOverviewFilter) {\n    pairsOverview(filter: $filter) {\n      pair {\n        id\n        status\n        requestedAt\n        acceptedAt\n        compagnon {\n          id\n          name\n          region\n        }\n        beneficiary {\n          id\n          name\n          region\n        }\n        themes {\n          code\n          labelFr\n          labelEn\n        }\n      }\n      daysToAcceptance\n      daysFromAcceptanceToVisit\n      followUpsDue\n      followUpsAnswered\n    }\n  }\n": types.PairsOverviewDocument,
    "\n  query OverviewChoices {\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n    pairsOverview {\n      pair {\n        id\n        compagnon {\n          id\n          region\n        }\n        beneficiary {\n          id\n          region\n        }\n      }\n    }\n  }\n": types.OverviewChoicesDocument,
    "\n  query RequestTsfPage {\n    tsfRequestOptions {\n      canRequest\n      reason\n      ptce {\n        id\n        name\n      }\n      compagnons {\n        id\n        name\n        town\n        region\n      }\n      operators {\n        displayName\n        email\n      }\n    }\n    themes {\n      code\n      labelFr\n      labelEn\n      group\n    }\n  }\n": types.RequestTsfPageDocument,
    "\n  mutation RequestTsf($input: RequestTsfInput!) {\n    requestTsf(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestTsfDocument,
    "\n  query ThreadView($id: ID!) {\n    thread(id: $id) {\n      id\n      pairId\n      title\n      lastSeq\n      readSeq\n      muted\n      following\n      theme {\n        code\n        labelFr\n        labelEn\n      }\n      agendaItem {\n        id\n        title\n        day\n        startTime\n        endTime\n        deletedAt\n      }\n      readers {\n        seq\n        user {\n          id\n          displayName\n        }\n      }\n      messages(last: 30) {\n        id\n        seq\n        clientId\n        body\n        createdAt\n        editedAt\n        deletedAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ThreadViewDocument,
    "\n  query ThreadPage($id: ID!, $beforeSeq: Int, $afterSeq: Int, $last: Int = 30) {\n    thread(id: $id) {\n      id\n      messages(beforeSeq: $beforeSeq, afterSeq: $afterSeq, last: $last) {\n        id\n        seq\n        clientId\n        body\n        createdAt\n        editedAt\n        deletedAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ThreadPageDocument,
    "\n  query ThreadReaders($id: ID!) {\n    thread(id: $id) {\n      id\n      readers {\n        seq\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ThreadReadersDocument,
    "\n  subscription ThreadEvents($threadId: ID!, $afterSeq: Int) {\n    threadEvents(threadId: $threadId, afterSeq: $afterSeq) {\n      type\n      user {\n        id\n        displayName\n      }\n      message {\n        id\n        seq\n        clientId\n        body\n        createdAt\n        editedAt\n        deletedAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ThreadEventsDocument,
    "\n  mutation PostMessage($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      id\n      seq\n      clientId\n      body\n      createdAt\n      editedAt\n      deletedAt\n      threadId\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.PostMessageDocument,
    "\n  mutation EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      id\n      seq\n      body\n      editedAt\n      deletedAt\n    }\n  }\n": types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      id\n      seq\n      body\n      editedAt\n      deletedAt\n    }\n  }\n": types.DeleteMessageDocument,
    "\n  mutation SignalPresence($threadId: ID!, $typing: Boolean!) {\n    signalPresence(threadId: $threadId, typing: $typing)\n  }\n": types.SignalPresenceDocument,
    "\n  mutation MarkRead($threadId: ID!, $seq: Int!) {\n    markRead(threadId: $threadId, seq: $seq) {\n      id\n      readSeq\n      unreadCount\n    }\n  }\n": types.MarkReadDocument,
    "\n  mutation SetThreadFollowing($threadId: ID!, $following: Boolean!) {\n    setThreadFollowing(threadId: $threadId, following: $following) {\n      id\n      muted\n      following\n    }\n  }\n": types.SetThreadFollowingDocument,
    "\n  query ThreadsPanel($pairId: ID!) {\n    pair(id: $pairId) {\n      id\n      themes {\n        code\n        labelFr\n        labelEn\n      }\n      threads {\n        id\n        title\n        lastSeq\n        unreadCount\n        lastActivityAt\n        muted\n        theme {\n          code\n          labelFr\n          labelEn\n        }\n      }\n    }\n  }\n": types.ThreadsPanelDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateThreadDocument,
    "\n  query PairPeople($pairId: ID!) {\n    pairPeople(pairId: $pairId) {\n      id\n      displayName\n    }\n  }\n": types.PairPeopleDocument,
    "\n  query SearchMessages($pairId: ID!, $query: String!) {\n    searchMessages(pairId: $pairId, query: $query) {\n      id\n      seq\n      threadId\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.SearchMessagesDocument,
    "\n  query ComposerDocuments($pairId: ID!) {\n    pair(id: $pairId) {\n      id\n      documents {\n        id\n        kind\n        title\n      }\n    }\n  }\n": types.ComposerDocumentsDocument,
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
export function graphql(source: "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    pairId\n    version\n    day\n    startTime\n    endTime\n    title\n    kind\n    status\n    location\n    notes\n    questions\n    deletedAt\n    theme {\n      code\n      labelFr\n      labelEn\n    }\n    hosts {\n      id\n      kind\n      name\n      role\n      structureRef\n    }\n    note {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaItemFields on AgendaItem {\n    id\n    pairId\n    version\n    day\n    startTime\n    endTime\n    title\n    kind\n    status\n    location\n    notes\n    questions\n    deletedAt\n    theme {\n      code\n      labelFr\n      labelEn\n    }\n    hosts {\n      id\n      kind\n      name\n      role\n      structureRef\n    }\n    note {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaPanel($pairId: ID!) {\n    me {\n      id\n      role\n    }\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n    pair(id: $pairId) {\n      id\n      status\n      compagnon {\n        id\n        name\n        members {\n          id\n          name\n          town\n        }\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgendaPanel($pairId: ID!) {\n    me {\n      id\n      role\n    }\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n    pair(id: $pairId) {\n      id\n      status\n      compagnon {\n        id\n        name\n        members {\n          id\n          name\n          town\n        }\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation OpenAgendaThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      agendaItemId\n    }\n  }\n"): (typeof documents)["\n  mutation OpenAgendaThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      agendaItemId\n    }\n  }\n"];
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
export function graphql(source: "\n  query LinkableNotes($pairId: ID!) {\n    pair(id: $pairId) {\n      id\n      documents(filter: { kind: NOTE }) {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query LinkableNotes($pairId: ID!) {\n    pair(id: $pairId) {\n      id\n      documents(filter: { kind: NOTE }) {\n        id\n        title\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    pairId\n    actorName\n    threadId\n    seq\n    agendaItemId\n    documentId\n    followUpId\n    title\n    excerpt\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    pairId\n    actorName\n    threadId\n    seq\n    agendaItemId\n    documentId\n    followUpId\n    title\n    excerpt\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationBell($after: String) {\n    unreadNotificationCount\n    notifications(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationBell($after: String) {\n    unreadNotificationCount\n    notifications(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationEvents {\n    notificationEvents {\n      type\n      unreadCount\n      notification {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationEvents {\n    notificationEvents {\n      type\n      unreadCount\n      notification {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      digest\n      emailMentions\n      emailPairStatus\n      emailAgendaSoon\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      digest\n      emailMentions\n      emailPairStatus\n      emailAgendaSoon\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      digest\n      emailMentions\n      emailPairStatus\n      emailAgendaSoon\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      digest\n      emailMentions\n      emailPairStatus\n      emailAgendaSoon\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerFollowUp($followUpId: ID!, $answer: String!) {\n    answerFollowUp(followUpId: $followUpId, answer: $answer) {\n      id\n      answer\n      answeredByName\n      answeredAt\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerFollowUp($followUpId: ID!, $answer: String!) {\n    answerFollowUp(followUpId: $followUpId, answer: $answer) {\n      id\n      answer\n      answeredByName\n      answeredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLesson($input: SaveLessonInput!) {\n    saveLesson(input: $input) {\n      id\n      themeCode\n      side\n      learned\n      nextStep\n      nextStepOwner\n      nextStepDue\n      note {\n        id\n        title\n      }\n      authorName\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLesson($input: SaveLessonInput!) {\n    saveLesson(input: $input) {\n      id\n      themeCode\n      side\n      learned\n      nextStep\n      nextStepOwner\n      nextStepDue\n      note {\n        id\n        title\n      }\n      authorName\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPairs {\n    myPairs {\n      id\n      ...PairCard_Pair\n    }\n  }\n"): (typeof documents)["\n  query MyPairs {\n    myPairs {\n      id\n      ...PairCard_Pair\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyPairsActivity {\n    myPairsActivity {\n      type\n      pairId\n    }\n  }\n"): (typeof documents)["\n  subscription MyPairsActivity {\n    myPairsActivity {\n      type\n      pairId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PairBilan_Pair on Pair {\n    id\n    status\n    viewerSide\n    compagnon {\n      id\n      name\n    }\n    beneficiary {\n      id\n      name\n    }\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n    lessons {\n      id\n      themeCode\n      side\n      learned\n      nextStep\n      nextStepOwner\n      nextStepDue\n      note {\n        id\n        title\n      }\n      authorName\n      updatedAt\n    }\n    followUps {\n      id\n      monthsAfter\n      dueOn\n      isDue\n      answer\n      answeredByName\n      answeredAt\n    }\n    auditTrail {\n      id\n      kind\n      fromStatus\n      toStatus\n      actorName\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment PairBilan_Pair on Pair {\n    id\n    status\n    viewerSide\n    compagnon {\n      id\n      name\n    }\n    beneficiary {\n      id\n      name\n    }\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n    lessons {\n      id\n      themeCode\n      side\n      learned\n      nextStep\n      nextStepOwner\n      nextStepDue\n      note {\n        id\n        title\n      }\n      authorName\n      updatedAt\n    }\n    followUps {\n      id\n      monthsAfter\n      dueOn\n      isDue\n      answer\n      answeredByName\n      answeredAt\n    }\n    auditTrail {\n      id\n      kind\n      fromStatus\n      toStatus\n      actorName\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PairBilan($id: ID!) {\n    pair(id: $id) {\n      id\n      ...PairBilan_Pair\n    }\n  }\n"): (typeof documents)["\n  query PairBilan($id: ID!) {\n    pair(id: $id) {\n      id\n      ...PairBilan_Pair\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PairBilanActivity($pairId: ID!) {\n    pairActivity(pairId: $pairId) {\n      type\n      pair {\n        id\n        ...PairBilan_Pair\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PairBilanActivity($pairId: ID!) {\n    pairActivity(pairId: $pairId) {\n      type\n      pair {\n        id\n        ...PairBilan_Pair\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PairCard_Pair on Pair {\n    id\n    status\n    requestedAt\n    acceptedAt\n    completedAt\n    viewerActions\n    followUpsDue\n    lastStatusChangeAt\n    compagnon {\n      id\n      name\n      town\n    }\n    beneficiary {\n      id\n      name\n      town\n    }\n    themes {\n      ...ThemeList_Theme\n    }\n  }\n"): (typeof documents)["\n  fragment PairCard_Pair on Pair {\n    id\n    status\n    requestedAt\n    acceptedAt\n    completedAt\n    viewerActions\n    followUpsDue\n    lastStatusChangeAt\n    compagnon {\n      id\n      name\n      town\n    }\n    beneficiary {\n      id\n      name\n      town\n    }\n    themes {\n      ...ThemeList_Theme\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PairDecision_Pair on Pair {\n    id\n    status\n    viewerActions\n    viewerSide\n    requestMessage\n    wishedStartDate\n    wishedEndDate\n    declineReason\n    requestedAt\n    beneficiary {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PairDecision_Pair on Pair {\n    id\n    status\n    viewerActions\n    viewerSide\n    requestMessage\n    wishedStartDate\n    wishedEndDate\n    declineReason\n    requestedAt\n    beneficiary {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTsf($pairId: ID!) {\n    acceptTsf(pairId: $pairId) {\n      id\n      acceptedAt\n      ...PairDecision_Pair\n      ...PairHeader_Pair\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptTsf($pairId: ID!) {\n    acceptTsf(pairId: $pairId) {\n      id\n      acceptedAt\n      ...PairDecision_Pair\n      ...PairHeader_Pair\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineTsf($pairId: ID!, $reason: String!) {\n    declineTsf(pairId: $pairId, reason: $reason) {\n      id\n      ...PairDecision_Pair\n      ...PairHeader_Pair\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineTsf($pairId: ID!, $reason: String!) {\n    declineTsf(pairId: $pairId, reason: $reason) {\n      id\n      ...PairDecision_Pair\n      ...PairHeader_Pair\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawTsf($pairId: ID!) {\n    withdrawTsf(pairId: $pairId) {\n      id\n      ...PairDecision_Pair\n      ...PairHeader_Pair\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawTsf($pairId: ID!) {\n    withdrawTsf(pairId: $pairId) {\n      id\n      ...PairDecision_Pair\n      ...PairHeader_Pair\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTsf($pairId: ID!) {\n    completeTsf(pairId: $pairId) {\n      id\n      completedAt\n      ...PairDecision_Pair\n      ...PairHeader_Pair\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTsf($pairId: ID!) {\n    completeTsf(pairId: $pairId) {\n      id\n      completedAt\n      ...PairDecision_Pair\n      ...PairHeader_Pair\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PairExportButton_Pair on Pair {\n    id\n    viewerCanExport\n  }\n"): (typeof documents)["\n  fragment PairExportButton_Pair on Pair {\n    id\n    viewerCanExport\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PairHeader_Pair on Pair {\n    id\n    status\n    requestedAt\n    acceptedAt\n    completedAt\n    compagnon {\n      id\n      name\n      town\n    }\n    beneficiary {\n      id\n      name\n      town\n    }\n    themes {\n      ...ThemeList_Theme\n    }\n  }\n"): (typeof documents)["\n  fragment PairHeader_Pair on Pair {\n    id\n    status\n    requestedAt\n    acceptedAt\n    completedAt\n    compagnon {\n      id\n      name\n      town\n    }\n    beneficiary {\n      id\n      name\n      town\n    }\n    themes {\n      ...ThemeList_Theme\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PairMembers($id: ID!) {\n    pair(id: $id) {\n      id\n      compagnon {\n        id\n        name\n      }\n      beneficiary {\n        id\n        name\n      }\n      members {\n        id\n        displayName\n        role\n        side\n      }\n    }\n  }\n"): (typeof documents)["\n  query PairMembers($id: ID!) {\n    pair(id: $id) {\n      id\n      compagnon {\n        id\n        name\n      }\n      beneficiary {\n        id\n        name\n      }\n      members {\n        id\n        displayName\n        role\n        side\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PairPage($id: ID!) {\n    pair(id: $id) {\n      id\n      compagnon {\n        id\n        name\n      }\n      beneficiary {\n        id\n        name\n      }\n      ...PairHeader_Pair\n      ...PairDecision_Pair\n      ...PairExportButton_Pair\n    }\n  }\n"): (typeof documents)["\n  query PairPage($id: ID!) {\n    pair(id: $id) {\n      id\n      compagnon {\n        id\n        name\n      }\n      beneficiary {\n        id\n        name\n      }\n      ...PairHeader_Pair\n      ...PairDecision_Pair\n      ...PairExportButton_Pair\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PairPageActivity($pairId: ID!) {\n    pairActivity(pairId: $pairId) {\n      type\n      pairId\n      pair {\n        id\n        ...PairHeader_Pair\n        ...PairDecision_Pair\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PairPageActivity($pairId: ID!) {\n    pairActivity(pairId: $pairId) {\n      type\n      pairId\n      pair {\n        id\n        ...PairHeader_Pair\n        ...PairDecision_Pair\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PairsOverview($filter: PairsOverviewFilter) {\n    pairsOverview(filter: $filter) {\n      pair {\n        id\n        status\n        requestedAt\n        acceptedAt\n        compagnon {\n          id\n          name\n          region\n        }\n        beneficiary {\n          id\n          name\n          region\n        }\n        themes {\n          code\n          labelFr\n          labelEn\n        }\n      }\n      daysToAcceptance\n      daysFromAcceptanceToVisit\n      followUpsDue\n      followUpsAnswered\n    }\n  }\n"): (typeof documents)["\n  query PairsOverview($filter: PairsOverviewFilter) {\n    pairsOverview(filter: $filter) {\n      pair {\n        id\n        status\n        requestedAt\n        acceptedAt\n        compagnon {\n          id\n          name\n          region\n        }\n        beneficiary {\n          id\n          name\n          region\n        }\n        themes {\n          code\n          labelFr\n          labelEn\n        }\n      }\n      daysToAcceptance\n      daysFromAcceptanceToVisit\n      followUpsDue\n      followUpsAnswered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewChoices {\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n    pairsOverview {\n      pair {\n        id\n        compagnon {\n          id\n          region\n        }\n        beneficiary {\n          id\n          region\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewChoices {\n    themes {\n      code\n      labelFr\n      labelEn\n    }\n    pairsOverview {\n      pair {\n        id\n        compagnon {\n          id\n          region\n        }\n        beneficiary {\n          id\n          region\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestTsfPage {\n    tsfRequestOptions {\n      canRequest\n      reason\n      ptce {\n        id\n        name\n      }\n      compagnons {\n        id\n        name\n        town\n        region\n      }\n      operators {\n        displayName\n        email\n      }\n    }\n    themes {\n      code\n      labelFr\n      labelEn\n      group\n    }\n  }\n"): (typeof documents)["\n  query RequestTsfPage {\n    tsfRequestOptions {\n      canRequest\n      reason\n      ptce {\n        id\n        name\n      }\n      compagnons {\n        id\n        name\n        town\n        region\n      }\n      operators {\n        displayName\n        email\n      }\n    }\n    themes {\n      code\n      labelFr\n      labelEn\n      group\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestTsf($input: RequestTsfInput!) {\n    requestTsf(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestTsf($input: RequestTsfInput!) {\n    requestTsf(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadView($id: ID!) {\n    thread(id: $id) {\n      id\n      pairId\n      title\n      lastSeq\n      readSeq\n      muted\n      following\n      theme {\n        code\n        labelFr\n        labelEn\n      }\n      agendaItem {\n        id\n        title\n        day\n        startTime\n        endTime\n        deletedAt\n      }\n      readers {\n        seq\n        user {\n          id\n          displayName\n        }\n      }\n      messages(last: 30) {\n        id\n        seq\n        clientId\n        body\n        createdAt\n        editedAt\n        deletedAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadView($id: ID!) {\n    thread(id: $id) {\n      id\n      pairId\n      title\n      lastSeq\n      readSeq\n      muted\n      following\n      theme {\n        code\n        labelFr\n        labelEn\n      }\n      agendaItem {\n        id\n        title\n        day\n        startTime\n        endTime\n        deletedAt\n      }\n      readers {\n        seq\n        user {\n          id\n          displayName\n        }\n      }\n      messages(last: 30) {\n        id\n        seq\n        clientId\n        body\n        createdAt\n        editedAt\n        deletedAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadPage($id: ID!, $beforeSeq: Int, $afterSeq: Int, $last: Int = 30) {\n    thread(id: $id) {\n      id\n      messages(beforeSeq: $beforeSeq, afterSeq: $afterSeq, last: $last) {\n        id\n        seq\n        clientId\n        body\n        createdAt\n        editedAt\n        deletedAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadPage($id: ID!, $beforeSeq: Int, $afterSeq: Int, $last: Int = 30) {\n    thread(id: $id) {\n      id\n      messages(beforeSeq: $beforeSeq, afterSeq: $afterSeq, last: $last) {\n        id\n        seq\n        clientId\n        body\n        createdAt\n        editedAt\n        deletedAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadReaders($id: ID!) {\n    thread(id: $id) {\n      id\n      readers {\n        seq\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadReaders($id: ID!) {\n    thread(id: $id) {\n      id\n      readers {\n        seq\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadEvents($threadId: ID!, $afterSeq: Int) {\n    threadEvents(threadId: $threadId, afterSeq: $afterSeq) {\n      type\n      user {\n        id\n        displayName\n      }\n      message {\n        id\n        seq\n        clientId\n        body\n        createdAt\n        editedAt\n        deletedAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ThreadEvents($threadId: ID!, $afterSeq: Int) {\n    threadEvents(threadId: $threadId, afterSeq: $afterSeq) {\n      type\n      user {\n        id\n        displayName\n      }\n      message {\n        id\n        seq\n        clientId\n        body\n        createdAt\n        editedAt\n        deletedAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostMessage($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      id\n      seq\n      clientId\n      body\n      createdAt\n      editedAt\n      deletedAt\n      threadId\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PostMessage($input: PostMessageInput!) {\n    postMessage(input: $input) {\n      id\n      seq\n      clientId\n      body\n      createdAt\n      editedAt\n      deletedAt\n      threadId\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      id\n      seq\n      body\n      editedAt\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      id\n      seq\n      body\n      editedAt\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      id\n      seq\n      body\n      editedAt\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      id\n      seq\n      body\n      editedAt\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignalPresence($threadId: ID!, $typing: Boolean!) {\n    signalPresence(threadId: $threadId, typing: $typing)\n  }\n"): (typeof documents)["\n  mutation SignalPresence($threadId: ID!, $typing: Boolean!) {\n    signalPresence(threadId: $threadId, typing: $typing)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRead($threadId: ID!, $seq: Int!) {\n    markRead(threadId: $threadId, seq: $seq) {\n      id\n      readSeq\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkRead($threadId: ID!, $seq: Int!) {\n    markRead(threadId: $threadId, seq: $seq) {\n      id\n      readSeq\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetThreadFollowing($threadId: ID!, $following: Boolean!) {\n    setThreadFollowing(threadId: $threadId, following: $following) {\n      id\n      muted\n      following\n    }\n  }\n"): (typeof documents)["\n  mutation SetThreadFollowing($threadId: ID!, $following: Boolean!) {\n    setThreadFollowing(threadId: $threadId, following: $following) {\n      id\n      muted\n      following\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadsPanel($pairId: ID!) {\n    pair(id: $pairId) {\n      id\n      themes {\n        code\n        labelFr\n        labelEn\n      }\n      threads {\n        id\n        title\n        lastSeq\n        unreadCount\n        lastActivityAt\n        muted\n        theme {\n          code\n          labelFr\n          labelEn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadsPanel($pairId: ID!) {\n    pair(id: $pairId) {\n      id\n      themes {\n        code\n        labelFr\n        labelEn\n      }\n      threads {\n        id\n        title\n        lastSeq\n        unreadCount\n        lastActivityAt\n        muted\n        theme {\n          code\n          labelFr\n          labelEn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PairPeople($pairId: ID!) {\n    pairPeople(pairId: $pairId) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query PairPeople($pairId: ID!) {\n    pairPeople(pairId: $pairId) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchMessages($pairId: ID!, $query: String!) {\n    searchMessages(pairId: $pairId, query: $query) {\n      id\n      seq\n      threadId\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchMessages($pairId: ID!, $query: String!) {\n    searchMessages(pairId: $pairId, query: $query) {\n      id\n      seq\n      threadId\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComposerDocuments($pairId: ID!) {\n    pair(id: $pairId) {\n      id\n      documents {\n        id\n        kind\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComposerDocuments($pairId: ID!) {\n    pair(id: $pairId) {\n      id\n      documents {\n        id\n        kind\n        title\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;