<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ActorView</name>
    <message>
        <location filename="../../jury_app/ui/modality/actor_view.py" line="+21"/>
        <source>Vue comédien : {0}</source>
        <translation>Actor view: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vue comédien</source>
        <translation>Actor view</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RÉSERVÉ AU COMÉDIEN : ne pas montrer au candidat</source>
        <translation>FOR THE ACTOR ONLY: do not show to the candidate</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Titre de la fiche</source>
        <translation>Card title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type de structure : {0}</source>
        <translation>Type of organisation: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type de structure</source>
        <translation>Type of organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consignes du comédien</source>
        <translation>Actor&apos;s instructions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le rôle à jouer, tel que la fiche le décrit</source>
        <translation>The role to play, as described on the card</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réduire le texte (Ctrl+−)</source>
        <translation>Smaller text (Ctrl+−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réduire le texte</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrandir le texte (Ctrl++)</source>
        <translation>Larger text (Ctrl++)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrandir le texte</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer la vue comédien (Échap)</source>
        <translation>Close the actor view (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer la vue comédien</source>
        <translation>Close the actor view</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../jury_app/ui/modality/checklist.py" line="+342"/>
        <source>Grille d&apos;évaluation</source>
        <translation>Assessment grid</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Critères non notés</source>
        <translation>Unmarked criteria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critères encore sans note ; ils sont surlignés en jaune</source>
        <translation>Criteria not yet marked; they are highlighted in yellow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jugements à poser</source>
        <translation>Judgements to make</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compétences dont vous n&apos;avez pas encore posé le jugement</source>
        <translation>Competences you have not yet given a judgement on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suivant non noté (F3)</source>
        <translation>Next unmarked (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aller au prochain critère sans note (F3)</source>
        <translation>Go to the next criterion without a mark (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aller au critère suivant non noté</source>
        <translation>Go to the next unmarked criterion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compétences et critères</source>
        <translation>Competences and criteria</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>✓ Tous les critères sont notés</source>
        <translation>✓ All criteria are marked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 critère non noté</source>
        <translation>1 criterion unmarked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} critères non notés</source>
        <translation>{0} criteria unmarked</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Jugements posés</source>
        <translation>All judgements made</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 jugement à poser</source>
        <translation>1 judgement to make</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} jugements à poser</source>
        <translation>{0} judgements to make</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <location filename="../../jury_app/ui/overview/closing_dialog.py" line="+14"/>
        <source>Vérification de clôture</source>
        <translation>Closing check</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tout est complet : rien ne manque.</source>
        <translation>Everything is complete: nothing is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} élément(s) manquant(s) :</source>
        <translation>{0} item(s) missing:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Juré</source>
        <translation>Juror</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manque</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Éléments manquants</source>
        <translation>Missing items</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(jury)</source>
        <translation>(jury)</translation>
    </message>
</context>
<context>
    <name>CompetenceBox</name>
    <message>
        <location filename="../../jury_app/ui/modality/checklist.py" line="-236"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appréciation globale : {0}</source>
        <translation>Overall judgement: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cet entretien est apprécié dans son ensemble, sans critère : posez le jugement global.</source>
        <translation>This interview is judged as a whole, without criteria: give the overall judgement.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Suggestion de l&apos;application</source>
        <translation>Application&apos;s suggestion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce que les critères notés suggèrent ; le jugement reste celui du juré</source>
        <translation>What the marked criteria suggest; the judgement remains the juror&apos;s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votre jugement :</source>
        <translation>Your judgement:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— à poser —</source>
        <translation>— to be given —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquise</source>
        <translation>Acquired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non acquise</source>
        <translation>Not acquired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre jugement sur la compétence : acquise ou non acquise</source>
        <translation>Your judgement on the competence: acquired or not acquired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jugement : {0}</source>
        <translation>Judgement: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Observations (enregistrées automatiquement ; Alt+1…9 insère une observation de votre banque)</source>
        <translation>Observations (saved automatically; Alt+1…9 inserts an observation from your bank)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Observations sur la compétence, enregistrées quand vous quittez la zone ou après une courte pause de frappe</source>
        <translation>Observations on the competence, saved when you leave the box or after a short pause in typing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observations : {0}</source>
        <translation>Observations: {0}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Suggestion : à venir (tous les critères ne sont pas notés)</source>
        <translation>Suggestion: pending (not all criteria are marked)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion : acquise</source>
        <translation>Suggestion: acquired</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion : non acquise</source>
        <translation>Suggestion: not acquired</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location line="-223"/>
        <source>1 = satisfait, 2 = non satisfait, 3 = non observé, 0 ou Suppr = effacer ; ↑/↓ ou Tab : critère suivant ou précédent</source>
        <translation>1 = met, 2 = not met, 3 = not observed, 0 or Del = clear; ↑/↓ or Tab: next or previous criterion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Critère {0} : {1}</source>
        <translation>Criterion {0}: {1}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Texte du critère {0}</source>
        <translation>Text of criterion {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Satisfait</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Critère satisfait (touche 1)</source>
        <translation>Criterion met (key 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non satisfait</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Critère non satisfait (touche 2)</source>
        <translation>Criterion not met (key 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non observé</source>
        <translation>Not observed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Critère non observé (touche 3)</source>
        <translation>Criterion not observed (key 3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}, critère {1}</source>
        <translation>{0}, criterion {1}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>non noté</source>
        <translation>not marked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfait</source>
        <translation>met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non satisfait</source>
        <translation>not met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non observé</source>
        <translation>not observed</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <location filename="../../jury_app/ui/jurors/declaration_dialog.py" line="+19"/>
        <source>Déclaration avant évaluation</source>
        <translation>Declaration before assessment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Je déclare n&apos;avoir aucun lien personnel ou professionnel avec {0} et ne pas avoir été son formateur ou sa formatrice.</source>
        <translation>I declare that I have no personal or professional link with {0} and that I have not been their trainer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Je le déclare</source>
        <translation>I so declare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>J&apos;ai un lien : je me récuse</source>
        <translation>I have a link: I recuse myself</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Récusation</source>
        <translation>Recusal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature du lien avec le candidat :</source>
        <translation>Nature of the link with the candidate:</translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <location filename="../../jury_app/ui/modality/draw_panel.py" line="+42"/>
        <source>Tirage au sort de la fiche scénario</source>
        <translation>Scenario card draw</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fiche scénario tirée</source>
        <translation>Drawn scenario card</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type de structure, à annoncer au candidat</source>
        <translation>Type of organisation, to tell the candidate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heure du tirage et témoin</source>
        <translation>Time of the draw and witness</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Témoin du tirage (facultatif)</source>
        <translation>Witness to the draw (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom de la personne qui assiste au tirage, consigné avec lui</source>
        <translation>Name of the person witnessing the draw, recorded with it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Témoin du tirage</source>
        <translation>Witness to the draw</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Tirer au sort la fiche scénario</source>
        <translation>Draw the scenario card</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Tirer une fiche parmi celles qui n&apos;ont pas encore servi aujourd&apos;hui</source>
        <translation>Draw a card from those not yet used today</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vue comédien…</source>
        <translation>Actor view…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir le rôle du comédien dans une fenêtre à part, en grands caractères (pas pour le candidat)</source>
        <translation>Open the actor&apos;s role in a separate window, in large type (not for the candidate)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vue comédien</source>
        <translation>Actor view</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nouveau tirage…</source>
        <translation>New draw…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tirer une autre fiche ; la raison est demandée et consignée</source>
        <translation>Draw another card; the reason is asked for and recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Nouveau tirage</source>
        <translation>New draw</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Fiche scénario : pas encore tirée</source>
        <translation>Scenario card: not drawn yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tirez la fiche au sort avec le candidat avant de démarrer.</source>
        <translation>Draw the card with the candidate before starting.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fiche : {0}</source>
        <translation>Card: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type de structure (à annoncer au candidat) : {0}</source>
        <translation>Type of organisation (to tell the candidate): {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tirée à {0}</source>
        <translation>Drawn at {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, témoin : {0}</source>
        <translation>, witness: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (nouveaux tirages : {0})</source>
        <translation> (new draws: {0})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Raison du nouveau tirage (consignée comme incident) :</source>
        <translation>Reason for the new draw (recorded as an incident):</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../jury_app/ui/jurors/login_screen.py" line="+42"/>
        <source>Qui êtes-vous ?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Code personnel</source>
        <translation>Personal PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code personnel :</source>
        <translation>Personal PIN:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmation du code</source>
        <translation>PIN confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation :</source>
        <translation>Confirm:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continuer avec ce juré</source>
        <translation>Continue as this juror</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (président·e)</source>
        <translation> (chair)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Première utilisation sur cet ordinateur : choisissez un code d&apos;au moins 4 chiffres. Il protège vos grilles.</source>
        <translation>First use on this computer: choose a PIN of at least 4 digits. It protects your grids.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saisissez votre code personnel.</source>
        <translation>Enter your personal PIN.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Les deux codes diffèrent.</source>
        <translation>The two PINs do not match.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code incorrect.</source>
        <translation>Incorrect PIN.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jury_app/ui/main_window.py" line="+62"/>
        <source>EXAMEN BLANC – sans valeur certificative</source>
        <translation>MOCK EXAM – no certification value</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Examen blanc</source>
        <translation>Mock exam</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Jury – certification</source>
        <translation>Jury – certification</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ouvrir un paquet de session…</source>
        <translation>&amp;Open session package…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session de &amp;démonstration</source>
        <translation>&amp;Demo session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accueil</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jury</source>
        <translation>&amp;Jury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vue d&apos;ensemble</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Changer de juré</source>
        <translation>&amp;Switch juror</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérification de &amp;clôture…</source>
        <translation>&amp;Closing check…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Réglages</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Son des alertes</source>
        <translation>Alert &amp;sound</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La langue choisie s&apos;appliquera entièrement au prochain démarrage.</source>
        <translation>The chosen language will fully apply the next time the application starts.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Préparation de la session de démonstration…</source>
        <translation>Preparing the demo session…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ouvrir un paquet de session</source>
        <translation>Open session package</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paquets de session (*.zip)</source>
        <translation>Session packages (*.zip)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import du paquet…</source>
        <translation>Importing the package…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Aucun juré identifié</source>
        <translation>No juror signed in</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Juré : {0}</source>
        <translation>Juror: {0}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Récusation</source>
        <translation>Recusal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous êtes récusé(e) pour ce candidat : vous ne pouvez pas l&apos;évaluer.</source>
        <translation>You are recused for this candidate: you cannot assess them.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../jury_app/ui/modality/feedback.py" line="+111"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Masquer ce message</source>
        <translation>Hide this message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masquer le message</source>
        <translation>Hide the message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message d&apos;erreur</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>ModalityScreen</name>
    <message>
        <location filename="../../jury_app/ui/modality/modality_screen.py" line="+124"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chronomètre et notes</source>
        <translation>Timer and notes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes et banque d&apos;observations</source>
        <translation>Notes and observation bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mes observations</source>
        <translation>My observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes horodatées (Ctrl+N)</source>
        <translation>Time-stamped notes (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre banque d&apos;observations (Alt+1 … Alt+9)</source>
        <translation>Your observation bank (Alt+1 … Alt+9)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Examen blanc</source>
        <translation>Mock exam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session d&apos;entraînement : rien de ce qui est saisi ici ne compte pour la certification</source>
        <translation>Practice session: nothing entered here counts towards certification</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>← Vue d&apos;ensemble</source>
        <translation>← Overview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenir à la vue d&apos;ensemble ; les observations en cours sont enregistrées</source>
        <translation>Back to the overview; observations being typed are saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenir à la vue d&apos;ensemble</source>
        <translation>Back to the overview</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidat évalué</source>
        <translation>Candidate being assessed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Modalité</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalité d&apos;évaluation</source>
        <translation>Assessment method</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aménagement : temps supplémentaire</source>
        <translation>Adjustment: extra time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le candidat bénéficie d&apos;un temps supplémentaire : toutes les phases sont allongées</source>
        <translation>The candidate has extra time: every phase is lengthened</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tiers temps +33 % : phases allongées</source>
        <translation>Extra time +33%: phases lengthened</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temps majoré +{0} % : phases allongées</source>
        <translation>Extra time +{0}%: phases lengthened</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>État de la modalité</source>
        <translation>Assessment status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Où en est la modalité pour ce candidat</source>
        <translation>Where this candidate&apos;s assessment stands</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Grille saisie depuis le papier</source>
        <translation>Grid entered from paper</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>À cocher quand cette grille recopie une grille papier remplie pendant une panne</source>
        <translation>Tick when this grid copies a paper grid filled in during an outage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>↶ Annuler la dernière saisie</source>
        <translation>↶ Undo last entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler votre dernière modification de la grille (Ctrl+Z)</source>
        <translation>Undo your last change to the grid (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler la dernière saisie</source>
        <translation>Undo last entry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident…</source>
        <translation>Incident…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consigner un incident pendant cette modalité</source>
        <translation>Record an incident during this assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consigner un incident</source>
        <translation>Record an incident</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Absent…</source>
        <translation>Absent…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le candidat ne s&apos;est pas présenté : les modalités qu&apos;il n&apos;a pas encore passées sont notées absentes</source>
        <translation>The candidate did not turn up: the assessments they have not yet taken are marked absent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noter le candidat absent</source>
        <translation>Mark the candidate absent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abandon…</source>
        <translation>Withdrawal…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le candidat abandonne : cette modalité et les suivantes sont closes (circonstances demandées)</source>
        <translation>The candidate withdraws: this assessment and the following ones are closed (circumstances asked for)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer l&apos;abandon du candidat</source>
        <translation>Record the candidate&apos;s withdrawal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1/2/3 noter · 0 effacer · ↑↓ critère · F3 non noté · F5 chrono · Ctrl+→ phase · Ctrl+Z annuler · Ctrl+N note</source>
        <translation>1/2/3 mark · 0 clear · ↑↓ criterion · F3 unmarked · F5 timer · Ctrl+→ phase · Ctrl+Z undo · Ctrl+N note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sur un critère : 1 satisfait, 2 non satisfait, 3 non observé, 0 ou Suppr efface ; ↑/↓ ou Tab : critère précédent/suivant ; F3 : critère suivant non noté ; F5 ou Ctrl+Espace : démarrer, mettre en pause, reprendre ; Ctrl+→ : phase suivante ; Ctrl+Z : annuler la dernière saisie de la grille (dans une zone de texte, annule la frappe) ; Ctrl+N : ajouter la note ; Alt+1 … Alt+9 : insérer une observation de votre banque</source>
        <translation>On a criterion: 1 met, 2 not met, 3 not observed, 0 or Del clears; ↑/↓ or Tab: previous/next criterion; F3: next unmarked criterion; F5 or Ctrl+Space: start, pause, resume; Ctrl+→: next phase; Ctrl+Z: undo the last grid entry (in a text box, undoes typing); Ctrl+N: add the note; Alt+1 … Alt+9: insert an observation from your bank</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Erreur inattendue : l&apos;action n&apos;a peut-être pas été enregistrée ({0}).</source>
        <translation>Unexpected error: the action may not have been saved ({0}).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminée</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+119"/>
        <source>Candidat absent</source>
        <translation>Candidate absent</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Abandon</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non concerné</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EXAMEN BLANC</source>
        <translation>MOCK EXAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — chronomètre accéléré ×{0}</source>
        <translation> — timer sped up ×{0}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Terminer la modalité ? Le chronomètre s&apos;arrête définitivement.</source>
        <translation>Finish the assessment? The timer stops for good.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Il reste {0} critère(s) non noté(s) ; vous pourrez compléter la grille ensuite.</source>
        <translation>{0} criterion/criteria still unmarked; you can complete the grid afterwards.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terminer la modalité</source>
        <translation>Finish assessment</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Décrivez l&apos;incident (il est consigné au procès-verbal) :</source>
        <translation>Describe the incident (it is recorded in the official report):</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Le candidat ne s&apos;est pas présenté. Précision éventuelle (consignée au procès-verbal) :</source>
        <translation>The candidate did not turn up. Any details (recorded in the official report):</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <source>Abandon du candidat</source>
        <translation>Candidate withdrawal</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Circonstances de l&apos;abandon (consignées au procès-verbal) :</source>
        <translation>Circumstances of the withdrawal (recorded in the official report):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enregistrer l&apos;abandon ? Cette modalité et celles qui restent seront closes pour ce candidat.</source>
        <translation>Record the withdrawal? This assessment and the remaining ones will be closed for this candidate.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sélectionnez d&apos;abord un passage dans une zone d&apos;observations, puis cliquez sur « Ajouter à mes observations ».</source>
        <translation>First select a passage in an observations box, then click “Add to my observations”.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../jury_app/ui/modality/notes_panel.py" line="+19"/>
        <source>Notes horodatées</source>
        <translation>Time-stamped notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note rapide (Entrée ou Ctrl+N pour l&apos;ajouter)</source>
        <translation>Quick note (Enter or Ctrl+N to add it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La note est horodatée avec la phase en cours et le temps écoulé (Ctrl+N)</source>
        <translation>The note is stamped with the current phase and the elapsed time (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle note</source>
        <translation>New note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter la note (Ctrl+N)</source>
        <translation>Add the note (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter la note</source>
        <translation>Add the note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes prises</source>
        <translation>Notes taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vos notes, avec l&apos;heure, la phase et le temps écoulé dans la phase</source>
        <translation>Your notes, with the time, the phase and the time elapsed in the phase</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} · {1} — {2}</source>
        <translation>{0} · {1} — {2}</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../../jury_app/ui/overview/overview_screen.py" line="+52"/>
        <source>Résumé de la journée</source>
        <translation>Summary of the day</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Candidats et modalités</source>
        <translation>Candidates and assessments</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ouvrir la modalité</source>
        <translation>Open assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lancer ou noter la modalité sélectionnée (Entrée)</source>
        <translation>Run or mark the selected assessment (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candidat absent…</source>
        <translation>Candidate absent…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vérification de clôture…</source>
        <translation>Closing check…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vitesse des chronomètres :</source>
        <translation>Timer speed:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vitesse des chronomètres</source>
        <translation>Timer speed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remettre le candidat à zéro…</source>
        <translation>Reset candidate…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>EXAMEN BLANC — </source>
        <translation>MOCK EXAM — </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prochain passage : {0} à {1}, {2} — {3}.</source>
        <translation>Next up: {0} at {1}, {2} — {3}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aucun passage planifié restant.</source>
        <translation>No scheduled sittings left.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modalités restantes : {0} ; passées : {1}.</source>
        <translation>Assessments remaining: {0}; done: {1}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Modalité</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cette modalité ne concerne pas ce candidat.</source>
        <translation>This assessment does not apply to this candidate.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Candidat absent</source>
        <translation>Candidate absent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remarque (facultative) :</source>
        <translation>Remark (optional):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remise à zéro</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effacer tout ce qui a été saisi pour ce candidat (examen blanc) ?</source>
        <translation>Erase everything entered for this candidate (mock exam)?</translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <location filename="../../jury_app/ui/modality/feedback.py" line="-73"/>
        <source>État de l&apos;enregistrement</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rien de saisi</source>
        <translation>Nothing entered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aucune saisie n&apos;a encore été enregistrée pour cette grille.</source>
        <translation>Nothing has been saved for this grid yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dernier enregistrement à {0}</source>
        <translation>Last saved at {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La grille a été enregistrée pour la dernière fois à cette heure.</source>
        <translation>The grid was last saved at this time.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enregistré à {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La dernière action est enregistrée sur le disque.</source>
        <translation>The last action is saved to disk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saisie en cours : non enregistrée</source>
        <translation>Typing in progress: not saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;observation en cours de frappe sera enregistrée dès que vous quitterez la zone ou ferez une pause.</source>
        <translation>The observation being typed will be saved as soon as you leave the box or pause.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Non enregistré</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>SnippetsPanel</name>
    <message>
        <location filename="../../jury_app/ui/modality/snippets_panel.py" line="+41"/>
        <source>Mes observations</source>
        <translation>My observations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alt+1 … Alt+9 ou double-clic : insérer dans l&apos;observation de la compétence en cours.</source>
        <translation>Alt+1 … Alt+9 or double-click: insert into the current competence&apos;s observations.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Banque d&apos;observations</source>
        <translation>Observation bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-clic, Entrée ou Alt+numéro : insérer l&apos;observation</source>
        <translation>Double-click, Enter or Alt+number: insert the observation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insérer</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insérer l&apos;observation choisie dans la compétence en cours</source>
        <translation>Insert the chosen observation into the current competence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insérer l&apos;observation choisie</source>
        <translation>Insert the chosen observation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ajouter à mes observations</source>
        <translation>Add to my observations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer dans votre banque le passage sélectionné d&apos;une zone d&apos;observations</source>
        <translation>Save the passage selected in an observations box to your bank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ajouter la sélection à mes observations</source>
        <translation>Add the selection to my observations</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <location filename="../../jury_app/ui/modality/timer_panel.py" line="+118"/>
        <source>Chronomètre</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Phase en cours</source>
        <translation>Current phase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Examen blanc : le chronomètre est accéléré</source>
        <translation>Mock exam: the timer is sped up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vitesse du chronomètre</source>
        <translation>Timer speed</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Temps restant</source>
        <translation>Time remaining</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temps restant dans la phase ; au-delà, le dépassement est compté avec un « + ».</source>
        <translation>Time remaining in the phase; after that, the overrun is counted with a “+”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alerte de temps</source>
        <translation>Time alert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Temps écoulé et pauses</source>
        <translation>Elapsed time and pauses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phases prévues</source>
        <translation>Planned phases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phases prévues, durée accordée au candidat et durée réelle des phases terminées</source>
        <translation>Planned phases, time allowed to the candidate and actual time of finished phases</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Démarrer</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Démarrer le chronomètre (F5 ou Ctrl+Espace)</source>
        <translation>Start the timer (F5 or Ctrl+Space)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mettre en pause ; la raison est demandée et consignée (F5 ou Ctrl+Espace)</source>
        <translation>Pause; the reason is asked for and recorded (F5 or Ctrl+Space)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reprendre après la pause (F5 ou Ctrl+Espace)</source>
        <translation>Resume after the pause (F5 or Ctrl+Space)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phase suivante</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminer cette phase et passer à la suivante (Ctrl+→)</source>
        <translation>End this phase and move to the next (Ctrl+→)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Terminer la modalité…</source>
        <translation>Finish assessment…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrêter définitivement le chronomètre (confirmation demandée)</source>
        <translation>Stop the timer for good (asks for confirmation)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signal sonore</source>
        <translation>Sound alert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un bip à 5 minutes de la fin, à 1 minute et quand le temps est dépassé</source>
        <translation>A beep 5 minutes before the end, at 1 minute and when time is up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal sonore des alertes</source>
        <translation>Sound for alerts</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Avant le début</source>
        <translation>Before the start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Après la fin</source>
        <translation>After the end</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Chronomètre illisible : {0}</source>
        <translation>Timer unreadable: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <source>Phase {0}/{1} : {2}</source>
        <translation>Phase {0}/{1}: {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>×{0}</source>
        <translation>×{0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Moins de 5 minutes</source>
        <translation>Less than 5 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moins d&apos;une minute</source>
        <translation>Less than a minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temps dépassé</source>
        <translation>Time up</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidat absent</source>
        <translation>Candidate absent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandon enregistré</source>
        <translation>Withdrawal recorded</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EN PAUSE</source>
        <translation>PAUSED</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modalité terminée</source>
        <translation>Assessment finished</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prêt à démarrer</source>
        <translation>Ready to start</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Durée prévue : {0}</source>
        <translation>Planned duration: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écoulé {0} sur {1}</source>
        <translation>Elapsed {0} of {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · en pause {0}</source>
        <translation> · paused {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} (au lieu de {1})</source>
        <translation>{0} (instead of {1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} · réel {1}</source>
        <translation>{0} · actual {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Durée de la phase {0}</source>
        <translation>Duration of phase {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Passer à : {0} (Ctrl+→)</source>
        <translation>Move to: {0} (Ctrl+→)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — le temps de la phase est écoulé</source>
        <translation> — the phase&apos;s time is up</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raison de la pause (consignée comme incident) :</source>
        <translation>Reason for the pause (recorded as an incident):</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../jury_app/ui/welcome/welcome_screen.py" line="+32"/>
        <source>Jury de certification</source>
        <translation>Certification jury</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grilles d&apos;évaluation, chronomètres et délibération, hors ligne. Choisissez une session pour commencer.</source>
        <translation>Assessment grids, timers and deliberation, offline. Choose a session to begin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ouvrir un paquet de session…</source>
        <translation>Open session package…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir un paquet de session</source>
        <translation>Open session package</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session de démonstration</source>
        <translation>Demo session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir la session de démonstration</source>
        <translation>Open the demo session</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sessions déjà importées sur cet ordinateur :</source>
        <translation>Sessions already imported on this computer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions récentes</source>
        <translation>Recent sessions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune session pour l&apos;instant.</source>
        <translation>No sessions yet.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../jury_app/ui/common/errors.py" line="+12"/>
        <source>Action impossible</source>
        <translation>Action not possible</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../jury_app/ui/overview/overview_model.py" line="+27"/>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passée</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandon</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capitalisation</source>
        <translation>Accumulated CCPs</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parcours</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>récusé</source>
        <translation>recused</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Prévu le {0} à {1}</source>
        <translation>Scheduled on {0} at {1}</translation>
    </message>
</context>
</TS>
