import { pairsFr } from './pairs.fr.js';
import { threadsFr } from './threads.fr.js';
import { documentsFr } from './documents.fr.js';
import { agendaFr } from './agenda.fr.js';
import { linksFr } from './links.fr.js';
import { notificationsFr } from './notifications.fr.js';
import { spaceExportFr } from './space-export.fr.js';
// French is the reference language: `Messages` is derived from this object, and every other
// language must provide exactly the same keys (checked by the compiler and by a test).
// Voice: "vous", short sentences, the programme's own words (UI.md).
import { directoryFr } from './directory.fr.js';
export const fr = {
  pairs: pairsFr,
  threads: threadsFr,
  agenda: agendaFr,
  links: linksFr,
  notifications: notificationsFr,
  spaceExport: spaceExportFr,
  app: {
    name: 'Tandem',
    tagline: "L'espace partagé de votre TSF",
    skipToContent: 'Aller au contenu',
    loading: 'Chargement…',
    pageTitle: '{{title}} — Tandem',
  },
  nav: {
    label: 'Navigation principale',
    mySpaces: 'Mes espaces',
    myPtce: 'Mon PTCE',
    menu: 'Menu',
    closeMenu: 'Fermer le menu',
  },
  language: {
    label: 'Langue',
    fr: 'FR',
    en: 'EN',
    frName: 'Français',
    enName: 'English',
  },
  user: {
    menu: 'Votre compte',
    logOut: 'Se déconnecter',
    loggingOut: 'Déconnexion…',
    roles: {
      COORDINATOR: 'Coordination du PTCE',
      MEMBER: 'Membre du PTCE',
      OPERATOR: 'Opérateur du programme',
    },
  },
  connection: {
    lost: 'Connexion perdue — nous réessayons…',
    lostHint: 'Vous pouvez continuer : ce qui arrive entre-temps s’affichera au retour de la connexion.',
  },
  login: {
    title: 'Se connecter',
    intro: 'Retrouvez les espaces de vos tandems.',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    submit: 'Se connecter',
    submitting: 'Connexion…',
    emailRequired: 'Indiquez votre adresse e-mail.',
    passwordRequired: 'Indiquez votre mot de passe.',
    sessionExpired: 'Votre session a expiré, reconnectez-vous.',
    loggedOut: 'Déconnexion réussie. À bientôt sur Tandem.',
    noAccountTitle: 'Pas encore de compte ?',
    noAccount:
      'Tandem fonctionne sur invitation. Demandez à la coordination de votre PTCE de vous inviter : vous recevrez un lien par e-mail.',
  },
  password: {
    show: 'Afficher les caractères',
    hide: 'Masquer les caractères',
  },
  invitation: {
    title: 'Rejoindre Tandem',
    intro: '{{inviter}} vous invite à rejoindre Tandem.',
    ptce: 'Votre PTCE',
    email: 'Votre adresse e-mail',
    role: 'Votre rôle',
    expires: 'Invitation valable jusqu’au {{date}}.',
    displayName: 'Votre nom',
    displayNameHint: 'Les autres personnes le verront, par exemple « Marie Dupont ».',
    displayNameRequired: 'Indiquez votre nom.',
    password: 'Choisissez un mot de passe',
    passwordHint: 'Au moins {{min}} caractères. Une phrase de quelques mots fonctionne bien.',
    passwordTooShort: 'Le mot de passe doit contenir au moins {{min}} caractères.',
    passwordConfirm: 'Confirmez le mot de passe',
    passwordMismatch: 'Les deux mots de passe ne sont pas identiques.',
    submit: 'Créer mon compte',
    submitting: 'Création du compte…',
    goToLogin: 'Aller à la page de connexion',
  },
  home: {
    title: 'Mes espaces',
    intro: 'Un espace par TSF : pour préparer les deux journées, les vivre, puis continuer à échanger.',
    emptyTitle: 'Vous n’avez pas encore d’espace.',
    empty:
      'Trouvez un Compagnon dans l’annuaire du réseau des PTCE, puis demandez un TSF : la demande crée votre espace commun. Quand un PTCE vous invite dans son tandem, l’espace apparaît aussi ici.',
    emptyMember: 'Dès que votre PTCE participe à un TSF, son espace apparaît ici. La coordination de votre PTCE fait la demande.',
    openSpace: 'Ouvrir l’espace {{names}}',
  },
  pair: {
    title: 'Espace du tandem',
    names: '{{compagnon}} et {{beneficiary}}',
    compagnon: 'Compagnon',
    beneficiary: 'Bénéficiaire',
    themes: 'Thèmes',
    noThemes: 'Aucun thème choisi pour l’instant.',
    requestedAt: 'Demandé le {{date}}',
    acceptedAt: 'Commencé le {{date}}',
    completedAt: 'Terminé le {{date}}',
    status: {
      REQUESTED: 'Demande en attente',
      ACTIVE: 'TSF en cours',
      COMPLETED: 'TSF terminé — espace ouvert',
      DECLINED: 'Demande refusée',
      WITHDRAWN: 'Demande retirée',
    },
    notFoundTitle: 'Espace introuvable',
    notFound: 'Cet espace n’existe pas, ou vous n’y avez pas accès. Vérifiez le lien, ou revenez à vos espaces.',
    backToSpaces: 'Revenir à Mes espaces',
    tabsLabel: 'Parties de l’espace',
    tabs: {
      fil: 'Fil',
      'ordre-du-jour': 'Ordre du jour',
      documents: 'Documents',
      bilan: 'Bilan',
      membres: 'Membres',
    },
  },
  ptce: {
    eyebrow: 'Mon PTCE',
    noPtceTitle: 'Mon PTCE',
    noPtce: 'Vous suivez le programme en tant qu’opérateur : votre compte n’est rattaché à aucun PTCE.',
    carrier: 'Structure porteuse',
    town: 'Commune',
    departments: 'Départements',
    region: 'Région',
    website: 'Site internet',
    themes: 'Thèmes',
    compagnon: 'Compagnon',
    eligible: 'Éligible au TSF',
    notEligible: 'Pas encore éligible au TSF',
    details: 'Informations',
  },
  invite: {
    title: 'Inviter une personne',
    intro: 'La personne reçoit un lien par e-mail. Le lien est valable {{days}} jours.',
    email: 'Adresse e-mail de la personne',
    emailRequired: 'Indiquez l’adresse e-mail de la personne.',
    emailInvalid: 'Cette adresse e-mail ne semble pas complète, par exemple « prenom.nom@exemple.fr ».',
    role: 'Son rôle',
    roleMember: 'Membre',
    roleMemberHint: 'Participe aux espaces de votre PTCE.',
    roleCoordinator: 'Coordination',
    roleCoordinatorHint: 'Peut aussi inviter des personnes et demander un TSF.',
    submit: 'Envoyer l’invitation',
    submitting: 'Envoi…',
    sent: 'Invitation envoyée à {{email}}. Le lien reste valable jusqu’au {{date}}.',
    coordinatorsOnly: 'Pour inviter une personne, adressez-vous à la coordination de votre PTCE.',
  },
  notFound: {
    title: 'Page introuvable',
    body: 'Cette adresse ne correspond à aucune page de Tandem. Le lien est peut-être incomplet.',
    back: 'Revenir à Mes espaces',
  },
  crash: {
    title: 'Un problème est survenu',
    body: 'Cette page n’a pas pu s’afficher. Rechargez-la ; si cela continue, revenez à l’accueil.',
    reload: 'Recharger la page',
  },
  directory: directoryFr,
  documents: documentsFr,
  errors: {
    network: 'Impossible de joindre Tandem. Vérifiez votre connexion à internet, puis réessayez.',
    invalidCredentials: 'Adresse e-mail ou mot de passe incorrect. Vérifiez-les, puis réessayez.',
    rateLimited_one: 'Trop de tentatives. Réessayez dans {{count}} minute.',
    rateLimited_other: 'Trop de tentatives. Réessayez dans {{count}} minutes.',
    rateLimitedShort: 'Trop de tentatives. Patientez un instant, puis réessayez.',
    sessionExpired: 'Votre session a expiré, reconnectez-vous.',
    forbidden:
      'Vous n’avez pas le droit de faire cette action. Si vous en avez besoin, demandez à la coordination de votre PTCE.',
    notFound: 'Nous ne trouvons pas ce que vous cherchez. Le lien est peut-être incomplet, ou vous n’y avez pas accès.',
    badUserInput: 'Certaines informations ne sont pas valides. Vérifiez le formulaire, puis réessayez.',
    conflict: 'Quelqu’un a fait une modification en même temps que vous. Rechargez la page, puis réessayez.',
    internal:
      'Une erreur s’est produite de notre côté. Réessayez dans un moment ; si cela continue, prévenez l’équipe du programme.',
    invitationExpired: 'Cette invitation a expiré. Demandez une nouvelle invitation à la coordination de votre PTCE.',
    invitationUsed: 'Cette invitation a déjà servi. Si c’était vous, connectez-vous avec votre adresse e-mail.',
    invitationNotFound: 'Cette invitation n’existe pas. Vérifiez que le lien est complet, ou demandez une nouvelle invitation.',
    emailTaken: 'Cette adresse e-mail a déjà un compte Tandem. La personne peut se connecter directement.',
    weakPassword:
      'Ce mot de passe est trop facile à deviner. Choisissez-en un plus long, par exemple une phrase de plusieurs mots.',
    unknown: 'Quelque chose n’a pas fonctionné. Réessayez ; si cela continue, rechargez la page.',
    retry: 'Réessayer',
  },
};

/** The shape every language provides: the keys of `fr`, each a string. */
export type Messages = typeof fr;
