<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../jury_app/actions/errors.py" line="+38"/>
        <location filename="../../jury_app/data/health.py" line="+329"/>
        <source>Le disque est plein : rien n&apos;a été enregistré. Libérez de la place puis recommencez.</source>
        <translation>The disk is full: nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La base de données a refusé l&apos;écriture ({0}) : rien n&apos;a été enregistré.</source>
        <translation>The database refused the write ({0}): nothing was saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accès refusé : {0}</source>
        <translation>Access denied: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erreur d&apos;accès au fichier {0} : {1}</source>
        <translation>Error accessing the file {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erreur interne ({0}) : l&apos;action n&apos;a pas abouti.</source>
        <translation>Internal error ({0}): the action did not complete.</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/exam.py" line="+79"/>
        <location filename="../../jury_app/actions/grids.py" line="+42"/>
        <source>déclarez d&apos;abord n&apos;avoir aucun lien avec ce candidat</source>
        <translation>first declare that you have no link with this candidate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vous êtes récusé(e) pour ce candidat</source>
        <translation>you are recused for this candidate</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+167"/>
        <source>le candidat est noté absent ou a abandonné : la modalité ne peut pas être lancée</source>
        <translation>the candidate is recorded absent or has withdrawn: the modality cannot be started</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>« {0} » s&apos;évalue sur document : elle n&apos;a pas de chronomètre</source>
        <translation>“{0}” is assessed on a document: it has no timer</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+151"/>
        <source>{0} ne s&apos;applique pas à ce candidat (parcours : {1})</source>
        <translation>{0} does not apply to this candidate (path: {1})</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>tirez d&apos;abord au sort la fiche scénario</source>
        <translation>draw the scenario card first</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>indiquez la raison de la pause (elle est consignée comme incident)</source>
        <translation>give the reason for the pause (it is recorded as an incident)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>le chronomètre n&apos;est pas en pause</source>
        <translation>the timer is not paused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>la raison de cette pause est déjà consignée</source>
        <translation>the reason for this pause is already recorded</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>aucun changement de phase récent à annuler (le délai est de quelques secondes)</source>
        <translation>no recent phase change to undo (the delay is a few seconds)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{0} ne comporte pas de tirage au sort</source>
        <translation>{0} has no draw by lot</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>la modalité a commencé : la fiche ne peut plus être tirée</source>
        <translation>the modality has started: the card can no longer be drawn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>aucune fiche n&apos;a encore été tirée pour ce candidat</source>
        <translation>no card has been drawn for this candidate yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>une fiche a déjà été tirée ; un nouveau tirage demande une raison</source>
        <translation>a card has already been drawn; a new draw needs a reason</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>décrivez l&apos;incident</source>
        <translation>describe the incident</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>précisez les circonstances de l&apos;abandon</source>
        <translation>give the circumstances of the withdrawal</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>vitesse entre 0,1 et 60</source>
        <translation>speed between 0.1 and 60</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>l&apos;accélération des chronomètres est réservée aux examens blancs</source>
        <translation>speeding up the timers is for mock exams only</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>la remise à zéro d&apos;un candidat est réservée aux examens blancs</source>
        <translation>resetting a candidate is for mock exams only</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/grids.py" line="+3"/>
        <source>vous êtes récusé(e) pour ce candidat : vous ne pouvez pas l&apos;évaluer</source>
        <translation>you are recused for this candidate: you cannot assess them</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>la délibération de ce candidat est close : ses grilles ne peuvent plus être modifiées</source>
        <translation>this candidate&apos;s deliberation is closed: their grids can no longer be changed</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../jury_app/actions/jurors.py" line="+184"/>
        <location filename="../../jury_app/data/deliberation_view.py" line="+198"/>
        <location line="+148"/>
        <location filename="../../jury_app/data/jury_steps.py" line="+86"/>
        <location filename="../../jury_app/data/package/builder.py" line="+104"/>
        <location filename="../../jury_app/data/package/validate.py" line="+143"/>
        <location line="+29"/>
        <location filename="../../jury_app/data/runs.py" line="+148"/>
        <source>candidat inconnu : « {0} »</source>
        <translation>unknown candidate: “{0}”</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/deliberation.py" line="+80"/>
        <location filename="../../jury_app/actions/deliberation_close.py" line="+46"/>
        <location filename="../../jury_app/actions/grids.py" line="+2"/>
        <location filename="../../jury_app/data/package/checks.py" line="+215"/>
        <source>juré inconnu : « {0} »</source>
        <translation>unknown juror: “{0}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../jury_app/actions/deliberation_close.py" line="+75"/>
        <source>la délibération de ce candidat est close ; rouvrez-la (avec un motif) pour la modifier</source>
        <translation>this candidate&apos;s deliberation is closed; reopen it (with a reason) to change it</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>« {0} » n&apos;est pas une compétence à juger pour ce candidat dans cette session</source>
        <translation>“{0}” is not a competence to judge for this candidate in this session</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} : le jugement commun s&apos;écarte de celui de chaque juré ; indiquez-en le motif</source>
        <translation>{0}: the common judgement departs from every juror&apos;s; give the reason</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>« {0} » n&apos;est pas soumis à décision pour ce candidat dans cette session</source>
        <translation>“{0}” is not up for decision for this candidate in this session</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>une évaluation complémentaire se décide sur {0}, pas sur un {1}</source>
        <translation>a complementary evaluation is decided on {0}, not on a {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>le référentiel {0} ne prévoit pas d&apos;évaluation complémentaire</source>
        <translation>the référentiel {0} provides no complementary evaluation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} : une évaluation complémentaire remplace la décision, elle ne s&apos;y ajoute pas</source>
        <translation>{0}: a complementary evaluation replaces the decision, it is not added to it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} : indiquez le motif de l&apos;évaluation complémentaire (ce sur quoi le jury diverge)</source>
        <translation>{0}: give the reason for the complementary evaluation (what the jury disagrees on)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>adopter les propositions est impossible : {0}</source>
        <translation>the proposals cannot be adopted: {0}</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/grids.py" line="+4"/>
        <location filename="../../jury_app/data/results_merge/plan.py" line="+383"/>
        <location filename="../../jury_app/data/results_merge/runs.py" line="+241"/>
        <location line="+66"/>
        <location filename="../../jury_app/data/runs.py" line="+7"/>
        <location filename="../../jury_app/domain/referentiel_checks.py" line="+114"/>
        <source>modalité inconnue : « {0} »</source>
        <translation>unknown modality: “{0}”</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../../jury_app/data/results_merge/plan.py" line="-248"/>
        <location line="+4"/>
        <source>« {0} » n&apos;appartient pas à la grille de {1}</source>
        <translation>“{0}” is not part of the grid of {1}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>la note est vide</source>
        <translation>the note is empty</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>rien à annuler</source>
        <translation>nothing to undo</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>l&apos;observation est vide</source>
        <translation>the observation is empty</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/session_store.py" line="+34"/>
        <location line="+37"/>
        <location filename="../../jury_app/domain/referentiel_checks.py" line="-25"/>
        <source>session inconnue : « {0} »</source>
        <translation>unknown session: “{0}”</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/draw.py" line="+26"/>
        <source>aucune fiche scénario n&apos;est enregistrée pour cette modalité</source>
        <translation>no scenario card is recorded for this modality</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>le motif d&apos;un nouveau tirage est obligatoire</source>
        <translation>a new draw needs a reason</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/rules.py" line="+42"/>
        <source>Le jury ne compte aucun membre : au moins un membre doit être enregistré.</source>
        <translation>The jury has no member: at least one member must be registered.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le jury de la « {0} » doit compter au moins {1} membres ({2} enregistrés).</source>
        <translation>The jury of the “{0}” must have at least {1} members ({2} registered).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le jury de la « {0} » doit compter au moins {1} membres ({2} enregistré).</source>
        <translation>The jury of the “{0}” must have at least {1} members ({2} registered).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Le jury doit compter au moins {0} membres « {1} » ({2} parmi les membres).</source>
        <translation>The jury must have at least {0} “{1}” members ({2} among its members).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le jury doit compter au moins {0} membre « {1} » ({2} parmi les membres).</source>
        <translation>The jury must have at least {0} “{1}” member ({2} among its members).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>La modalité « {0} » se déroule obligatoirement après : {1}.</source>
        <translation>The modality “{0}” must take place after: {1}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>parcours inconnu : {0} (parcours du référentiel : {1})</source>
        <translation>unknown pathway: {0} (the référentiel&apos;s pathways: {1})</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/timer.py" line="+38"/>
        <source>durée de « {0} » à définir pour la session : le référentiel ne la fixe pas (paquet de session, session.durations : « {1} »)</source>
        <translation>duration of “{0}” to be set for the session: the référentiel does not set it (session package, session.durations: “{1}”)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>durée de « {0} » à définir pour la session : le référentiel ne la fixe pas</source>
        <translation>duration of “{0}” to be set for the session: the référentiel does not set it</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>phase inconnue : {0}</source>
        <translation>unknown phase: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>indiquez d&apos;abord la raison de la pause : elle est exigée avant de continuer</source>
        <translation>first give the reason for the pause: it is required before going on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>horodatage sans fuseau horaire : une heure UTC est attendue</source>
        <translation>timestamp without a time zone: a UTC time is expected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>la modalité est terminée : le chronomètre ne peut plus être modifié</source>
        <translation>the modality is finished: the timer can no longer be changed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>horodatage antérieur à l&apos;action précédente ({0} &lt; {1})</source>
        <translation>timestamp earlier than the previous action ({0} &lt; {1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>aucune phase n&apos;est prévue pour cette modalité</source>
        <translation>no phase is planned for this modality</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>la phase « {0} » n&apos;est pas la phase en cours</source>
        <translation>the phase “{0}” is not the current phase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>le chronomètre est déjà démarré</source>
        <translation>the timer has already started</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pause impossible : le chronomètre n&apos;est pas en marche</source>
        <translation>cannot pause: the timer is not running</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reprise impossible : le chronomètre n&apos;est pas en pause</source>
        <translation>cannot resume: the timer is not paused</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>le chronomètre n&apos;est pas démarré</source>
        <translation>the timer has not started</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>il n&apos;y a pas de phase suivante : terminer la modalité</source>
        <translation>there is no next phase: finish the modality</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>la phase « {0} » a déjà eu lieu</source>
        <translation>the phase “{0}” has already taken place</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/jury_step.py" line="+59"/>
        <source>seul un juré non récusé pour ce candidat peut ouvrir sa séance</source>
        <translation>only a juror not recused for this candidate can open their sitting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>la délibération de ce candidat est close ; rouvrez-la (avec un motif) d&apos;abord</source>
        <translation>this candidate&apos;s deliberation is closed; reopen it (with a reason) first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>la séance du jury est déjà ouverte pour ce candidat</source>
        <translation>the jury&apos;s sitting is already open for this candidate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>juré inconnu ou récusé pour ce candidat : {0}</source>
        <translation>juror unknown or recused for this candidate: {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>tous les jurés n&apos;ont pas terminé leurs grilles pour ce candidat ({0}) : seul(e) le ou la président(e) peut ouvrir la délibération plus tôt</source>
        <translation>not every juror has finished their grids for this candidate ({0}): only the president can open the deliberation earlier</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>vous devez être présent(e) pour ouvrir la séance du jury</source>
        <translation>you must be present to open the jury&apos;s sitting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>le jury doit siéger à {0} jurés au moins pour délibérer (présents : {1})</source>
        <translation>the jury must sit with at least {0} jurors to deliberate (present: {1})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ouvrir la délibération avant la fin des grilles demande la confirmation du ou de la président(e)</source>
        <translation>opening the deliberation before the grids are finished needs the president&apos;s confirmation</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/reports.py" line="+43"/>
        <source>{0} est un dossier : indiquez un nom de fichier</source>
        <translation>{0} is a folder: give a file name</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>les grilles des autres jurés restent masquées tant que chacun n&apos;a pas terminé les siennes pour ce candidat (ou que le jury n&apos;a pas ouvert sa délibération)</source>
        <translation>the other jurors&apos; grids stay hidden until each has finished theirs for this candidate (or the jury has opened its deliberation)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>aucune modalité ne s&apos;applique au candidat « {0} »</source>
        <translation>no modality applies to candidate “{0}”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0} est un fichier : indiquez un dossier</source>
        <translation>{0} is a file: give a folder</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>format inconnu : « {0} » (csv, xlsx ou json)</source>
        <translation>unknown format: “{0}” (csv, xlsx or json)</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/jury_steps.py" line="+81"/>
        <source>les jugements communs et les décisions se prennent en séance du jury : ouvrez d&apos;abord la séance de ce candidat en indiquant les jurés présents</source>
        <translation>common judgements and decisions are made with the jury sitting: first open this candidate&apos;s sitting, naming the jurors present</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>vous n&apos;êtes pas noté(e) présent(e) à la séance du jury de ce candidat</source>
        <translation>you are not recorded as present at the jury&apos;s sitting for this candidate</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/jurors.py" line="-114"/>
        <location filename="../../jury_app/actions/signing.py" line="+92"/>
        <location filename="../../jury_app/reports/juror_keys.py" line="+84"/>
        <source>juré inconnu dans cette session : « {0} »</source>
        <translation>unknown juror in this session: “{0}”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>trop d&apos;essais erronés ({0}) : réessayez dans {1} s</source>
        <translation>too many wrong tries ({0}): try again in {1} s</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../../jury_app/data/credentials.py" line="+58"/>
        <source>ce juré a déjà un code sur cet ordinateur</source>
        <translation>this juror already has a code on this computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phrase secrète du responsable</source>
        <translation>the lead&apos;s passphrase</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>code personnel</source>
        <translation>personal code</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>précisez la nature du lien avec le candidat</source>
        <translation>state the nature of the link with the candidate</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>la récusation est déjà enregistrée</source>
        <translation>the recusal is already recorded</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>indiquez la raison de la réinitialisation</source>
        <translation>give the reason for the reset</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/draw.py" line="-27"/>
        <source>toutes les fiches scénario ont déjà été tirées aujourd&apos;hui : seule une réutilisation d&apos;urgence reste possible, consignée comme incident avec son motif</source>
        <translation>every scenario card has been drawn today: only an emergency reuse remains possible, recorded as an incident with its reason</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>le motif de la réutilisation d&apos;urgence d&apos;une fiche est obligatoire</source>
        <translation>the reason for reusing a card in an emergency is required</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} fiche(s) pas encore tirée(s) aujourd&apos;hui : tirez parmi elles, sans réutilisation</source>
        <translation>{0} card(s) not drawn yet today: draw among them, without reuse</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/overview.py" line="+224"/>
        <source>{0} : modalité non passée</source>
        <translation>{0}: not taken yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} : chronomètre non terminé</source>
        <translation>{0}: timer not finished</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} : grille incomplète (critère non noté ou appréciation manquante)</source>
        <translation>{0}: grid incomplete (a criterion unmarked or a judgement missing)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Délibération non close</source>
        <translation>Deliberation not closed</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/deliberation.py" line="+147"/>
        <source>évaluation complémentaire : motif obligatoire (ce sur quoi le jury diverge)</source>
        <translation>complementary evaluation: a reason is required (what the jury disagrees on)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} : jugement commun du jury à poser</source>
        <translation>{0}: the jury&apos;s common judgement to set</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>{0} : décision à prendre</source>
        <translation>{0}: decision to take</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+9"/>
        <source>{0} : motif obligatoire (refus ou écart avec la proposition)</source>
        <translation>{0}: a reason is required (refusal or departure from the proposal)</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/deliberation_view.py" line="+107"/>
        <source>{0} : évalué par aucune modalité de son parcours dans cette session</source>
        <translation>{0}: assessed by no modality of the candidate&apos;s path in this session</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} : motif obligatoire (le jugement commun s&apos;écarte de celui de chaque juré)</source>
        <translation>{0}: reason required (the common judgement departs from every juror&apos;s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} : décision favorable prise sans ce qui la fonde ({1}) : décision à reprendre</source>
        <translation>{0}: granted without what supports it ({1}): decision to take again</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>sans évaluation : {0} ; le jury décide compétence par compétence</source>
        <translation>not evaluated: {0}; the jury decides competence by competence</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>« {0} » : conflit entre ordinateurs</source>
        <translation>“{0}”: conflict between computers</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/evidence.py" line="+33"/>
        <source>candidat absent : aucune décision n&apos;est prise pour lui</source>
        <translation>candidate absent: no decision is taken for them</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{0} : aucun juré ne l&apos;a évaluée dans une modalité de son parcours, elle ne peut pas être jugée acquise</source>
        <translation>{0}: no juror assessed it in a modality of the candidate&apos;s path, it cannot be judged acquired</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} : le jugement commun « {1} » s&apos;écarte de celui de chaque juré ({2}) : indiquez le motif</source>
        <translation>{0}: the common judgement “{1}” departs from every juror&apos;s ({2}): give the reason</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{0} déclaré déjà acquis sans le document qui le prouve (preuve du {1} absente du paquet)</source>
        <translation>{0} declared already held without the document that proves it (proof of the {1} missing from the package)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} : évaluée par aucun juré dans une modalité de son parcours</source>
        <translation>{0}: assessed by no juror in a modality of the candidate&apos;s path</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} : jugement commun à poser</source>
        <translation>{0}: common judgement to set</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} : jugée non acquise</source>
        <translation>{0}: judged not acquired</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} ni évalué dans cette session ni déjà acquis</source>
        <translation>{0} neither assessed in this session nor already held</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} : décision sur le {1} à prendre d&apos;abord</source>
        <translation>{0}: the decision on the {1} to take first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} non acquis</source>
        <translation>{0} not acquired</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/deliberation_view.py" line="-93"/>
        <location filename="../../jury_app/domain/evidence.py" line="+3"/>
        <source>« {0} » : jugé par aucun juré</source>
        <translation>“{0}”: judged by no juror</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/evidence.py" line="+7"/>
        <source>impossible d&apos;accorder {0} : {1}</source>
        <translation>cannot grant {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/planner.py" line="+215"/>
        <source>{0} : durée à définir pour {1}</source>
        <translation>{0}: duration to be set for {1}</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/schedule.py" line="+152"/>
        <source>le {0} de {1} à {2}</source>
        <translation>on {0} from {1} to {2}</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/package/checks.py" line="-199"/>
        <source>heure locale attendue, sans fuseau horaire</source>
        <translation>local time expected, without a time zone</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>le référentiel {0} n&apos;a pas de session « {1} » (sessions : {2})</source>
        <translation>the référentiel {0} has no session “{1}” (sessions: {2})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>le référentiel {0} n&apos;a pas de session pour « {1} »</source>
        <translation>the référentiel {0} has no session for “{1}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>le référentiel {0} ne prévoit pas de session de capitalisation ; indiquez la session à tenir (definition_id, parmi : {1})</source>
        <translation>the référentiel {0} provides no capitalisation session; give the session to hold (definition_id, among: {1})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>elle évalue {0}, pas {1}</source>
        <translation>it assesses {0}, not {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>elle évalue la certification entière, pas {0}</source>
        <translation>it assesses the whole certification, not {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>c&apos;est une session de {0} ({1})</source>
        <translation>it is a {0} session ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>c&apos;est la session de la certification entière, pas celle de la capitalisation</source>
        <translation>it is the session of the whole certification, not the capitalisation one</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>la session « {0} » ne convient pas au type de session : {1}</source>
        <translation>the session “{0}” does not fit the kind of session: {1}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>date de naissance du candidat {0} ({1}) postérieure à la session</source>
        <translation>birth date of candidate {0} ({1}) after the session</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>durée « {0} » : {1}</source>
        <translation>duration “{0}”: {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>horaires du {0} : pas une date de la session</source>
        <translation>hours of {0}: not a date of the session</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>horaires du {0} donnés deux fois</source>
        <translation>hours of {0} given twice</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../jury_app/domain/schedule.py" line="+115"/>
        <location filename="../../jury_app/reports/build/common.py" line="+132"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>profil du juré {0} inconnu : « {1} » (profils prévus par le référentiel : {2})</source>
        <translation>unknown profile for juror {0}: “{1}” (profiles of the référentiel: {2})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>le jury doit compter au moins {0} membre(s) « {1} » (profil {2}) ; le paquet en indique {3} (profil de chaque juré : jury[].profile)</source>
        <translation>the jury must have at least {0} “{1}” member(s) (profile {2}); the package gives {3} (each juror&apos;s profile: jury[].profile)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>pièce jointe inconnue : « {0} »</source>
        <translation>unknown attachment: “{0}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>la pièce jointe « {0} » n&apos;est pas celle du candidat {1}</source>
        <translation>the attachment “{0}” is not candidate {1}&apos;s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} déjà acquis « {1} » sous {2} : sans correspondance dans le référentiel {3}</source>
        <translation>{0} already held “{1}” under {2}: no correspondence in the référentiel {3}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} déjà acquis « {1} » ({2}) : absent de la liste des {3} déjà acquis (units_held)</source>
        <translation>{0} already held “{1}” ({2}): missing from the list of {3} already held (units_held)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>résultat d&apos;ECF : {0} inconnu « {1} »</source>
        <translation>ECF result: unknown {0} “{1}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>résultat d&apos;ECF donné deux fois pour {0}</source>
        <translation>ECF result given twice for {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>un juré est cité deux fois pour ce passage</source>
        <translation>a juror is named twice for this passage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fin du passage ({0}) : le même jour, après son début ({1})</source>
        <translation>end of the passage ({0}): on the same day, after its start ({1})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>la session ({0}) se tient après l&apos;échéance de l&apos;enregistrement de {1} ({2}) ; motif consigné : {3}</source>
        <translation>the session ({0}) is held after the registration of {1} ended ({2}); reason recorded: {3}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>la session ({0}) se tient après l&apos;échéance de l&apos;enregistrement de la certification {1} le {2} ({3}) ; pour la tenir malgré tout, indiquez le motif (--registration-ended-reason TEXTE ou session.registration_ended_reason du paquet)</source>
        <translation>the session ({0}) is held after the registration of the certification {1} ended on {2} ({3}); to hold it all the same, give the reason (--registration-ended-reason TEXT or the package&apos;s session.registration_ended_reason)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>référentiel</source>
        <translation>référentiel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>l&apos;enregistrement de la certification {0} arrive à échéance le {1}, {2} jours après la fin de la session : vérifiez son renouvellement</source>
        <translation>the registration of the certification {0} ends on {1}, {2} days after the end of the session: check that it is renewed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>l&apos;enregistrement de la certification {0} arrive à échéance le {1}, {2} jour après la fin de la session : vérifiez son renouvellement</source>
        <translation>the registration of the certification {0} ends on {1}, {2} day after the end of the session: check that it is renewed</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/schedule.py" line="+2"/>
        <source>{0} candidat(s) demandent {1} de présence du jury ; {2} journée(s) avec {3} jury(s) en offrent {4}, pauses déduites</source>
        <translation>{0} candidate(s) need {1} of jury presence; {2} day(s) with {3} jury(ies) offer {4}, breaks deducted</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> ; le jury attend aussi pendant les temps sans lui (préparation, synthèse écrite), qui ne laissent pas la place</source>
        <translation>; the jury also waits during the times without it (preparation, written synthesis), which leave no room</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vos {0} jurés peuvent former {1} jurys : indiquez {1} salles, ou ajoutez une journée, ou retirez des candidats.</source>
        <translation>Your {0} jurors can form {1} juries: give {1} rooms, or add a day, or remove candidates.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ajoutez une journée, un jury (des jurés et une salle) ou retirez des candidats.</source>
        <translation>Add a day, a jury (jurors and a room) or remove candidates.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les journées ne suffisent pas : {0}{1}. Non planifié(s) : {2}. {3}</source>
        <translation>The days are not enough: {0}{1}. Not planned: {2}. {3}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Passage d&apos;un candidat inconnu : « {0} »</source>
        <translation>Passage of an unknown candidate: “{0}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} ne passe pas « {1} » devant le jury</source>
        <translation>{0} does not take “{1}” before the jury</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Durée de « {0} » à définir</source>
        <translation>Duration of “{0}” to be set</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0}, « {1} » {2}</source>
        <translation>{0}, “{1}” {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} : ce n&apos;est pas une date de la session</source>
        <translation>{0}: not a date of the session</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} : hors des horaires du jour ({1}–{2}) ; il dure {3}</source>
        <translation>{0}: outside the day&apos;s hours ({1}–{2}); it lasts {3}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} : empiète sur la pause de {1} à {2}</source>
        <translation>{0}: runs into the break from {1} to {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} : il dure {1}, il finit donc à {2}</source>
        <translation>{0}: it lasts {1}, so it ends at {2}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0}, « {1} » {2} : {3} juré(s), le référentiel en demande {4}</source>
        <translation>{0}, “{1}” {2}: {3} juror(s), the référentiel asks for {4}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} : « {1} » n&apos;est pas planifié(e)</source>
        <translation>{0}: “{1}” is not planned</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} : « {1} » est planifié(e) {2} fois</source>
        <translation>{0}: “{1}” is planned {2} times</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} : « {1} » ({2}) doit suivre « {3} », qui finit {4} à {5}</source>
        <translation>{0}: “{1}” ({2}) must follow “{3}”, which ends on {4} at {5}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{0} est attendu(e) à deux passages en même temps : {1} et {2}</source>
        <translation>{0} is expected at two passages at once: {1} and {2}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>La salle « {0} »</source>
        <translation>Room “{0}”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} (juré)</source>
        <translation>{0} (juror)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} : deux passages en même temps, {1} et {2}</source>
        <translation>{0}: two passages at once, {1} and {2}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Le {0} : {1} mises en situation pour {2} fiche(s) scénario ; chaque fiche n&apos;est tirée qu&apos;une fois par jour : ajoutez {3} fiche(s) ou répartissez les candidats</source>
        <translation>On {0}: {1} mises en situation for {2} scenario card(s); each card is drawn only once a day: add {3} card(s) or spread the candidates</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/results_import.py" line="+77"/>
        <source>déjà importé le {0} ; un fichier plus récent de ce juré (exporté le {1}) a été importé depuis : rien n&apos;a changé</source>
        <translation>already imported on {0}; a newer file from this juror (exported on {1}) has been imported since: nothing changed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>déjà importé le {0} ; la base correspond toujours à ce fichier : rien n&apos;a changé</source>
        <translation>already imported on {0}; the database still matches this file: nothing changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>déjà importé le {0}, mais la base ne correspond plus à ce fichier signé par {1} : {2} différence(s), ci-dessous, faites ici depuis son import sans fichier signé de ce juré. Vérifiez le journal avec « jury-app audit verify » ; rien n&apos;a été importé</source>
        <translation>already imported on {0}, but the database no longer matches this file signed by {1}: {2} difference(s), below, made here since its import without a file signed by this juror. Check the log with “jury-app audit verify”; nothing was imported</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} refusé : rien n&apos;a été importé de ce fichier</source>
        <translation>{0} refused: nothing was imported from this file</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>clé inconnue : premier fichier de {0} sur cet ordinateur ; vérifiez avec le juré l&apos;empreinte de son certificat ({1}) puis confirmez-la pour l&apos;importer</source>
        <translation>unknown key: first file from {0} on this computer; check the fingerprint of their certificate ({1}) with the juror, then confirm it to import the file</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/purge.py" line="+104"/>
        <source>exportez-la d&apos;abord : jury-app archive export --session {0} --out FICHIER.zip</source>
        <translation>export it first: jury-app archive export --session {0} --out FILE.zip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>aucune archive vérifiée de la session {0} n&apos;a été exportée depuis ce poste ; {1}</source>
        <translation>no verified archive of session {0} has been exported from this computer; {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} : archive introuvable</source>
        <translation>{0}: archive not found</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} : archive modifiée depuis son export</source>
        <translation>{0}: archive changed since it was exported</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../jury_app/actions/results_import.py" line="+26"/>
        <location filename="../../jury_app/data/referentiel_workbook.py" line="+274"/>
        <location line="+2"/>
        <location line="+22"/>
        <location line="+4"/>
        <location filename="../../jury_app/data/results_merge/runs.py" line="-22"/>
        <location filename="../../jury_app/domain/problems.py" line="+40"/>
        <location line="+302"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} : la session a changé depuis cette archive</source>
        <translation>{0}: the session has changed since this archive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>aucune archive utilisable de la session {0} ({1}) ; {2}</source>
        <translation>no usable archive of session {0} ({1}); {2}</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>confirmation incorrecte : recopiez l&apos;identifiant exact de la session ({0}) après --confirm</source>
        <translation>wrong confirmation: copy the session&apos;s exact identifier ({0}) after --confirm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>les données personnelles de la session {0} ont déjà été purgées le {1}</source>
        <translation>the personal data of session {0} were already purged on {1}</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/results_import.py" line="+6"/>
        <source>{0} changement(s)</source>
        <translation>{0} change(s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>aucune différence avec ce qui était déjà ici</source>
        <translation>no difference with what was already here</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, {0} conflit(s) à résoudre</source>
        <translation>, {0} conflict(s) to resolve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ; non importé pour {0} (délibération close)</source>
        <translation>; not imported for {0} (deliberation closed)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} importé : résultats de {1} exportés le {2}, {3} grille(s), {4}</source>
        <translation>{0} imported: results of {1} exported on {2}, {3} grid(s), {4}</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/results_status.py" line="+87"/>
        <source>Toutes les données sont là : {0} grille(s) complète(s), dont {1} importée(s) de fichiers signés et {2} saisie(s) sur cet ordinateur.</source>
        <translation>All the data is here: {0} complete grid(s), {1} imported from signed files and {2} entered on this computer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Il manque des données : {0} grille(s) sur {1} manquante(s) ou incomplète(s) ({2}).</source>
        <translation>Data is missing: {0} grid(s) out of {1} missing or incomplete ({2}).</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/results_merge/differences.py" line="+63"/>
        <source>critère {0}</source>
        <translation>criterion {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appréciation d&apos;ensemble</source>
        <translation>overall assessment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>compétence {0}</source>
        <translation>competence {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jugement ({0})</source>
        <translation>judgement ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>observations ({0})</source>
        <translation>observations ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>origine de la grille</source>
        <translation>origin of the grid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>déclaration</source>
        <translation>declaration</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ajouté</source>
        <translation>added</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>modifié</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>supprimé</source>
        <translation>removed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} — note ajoutée : {1}</source>
        <translation>{0} — note added: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — note supprimée : {1}</source>
        <translation>{0} — note removed: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} — grille de {1} conservée : un export plus récent ({2}) a déjà été importé, celle de ce fichier (exporté le {3}) n&apos;est pas reprise</source>
        <translation>{0} — grid of {1} kept: a newer export ({2}) was imported already, the one in this file (exported on {3}) is not taken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} — non importé : délibération close sur cet ordinateur ({1} élément(s) laissé(s) de côté) ; rouvrez-la puis importez à nouveau ce fichier</source>
        <translation>{0} — not imported: deliberation closed on this computer ({1} item(s) left out); reopen it, then import this file again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} — CONFLIT à résoudre : {1}</source>
        <translation>{0} — CONFLICT to resolve: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} — déroulé : {1} → {2} ({3})</source>
        <translation>{0} — course of the exam: {1} → {2} ({3})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} — incident ajouté ({1}) : {2}</source>
        <translation>{0} — incident added ({1}): {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} — {1} : {2} → {3} ({4})</source>
        <translation>{0} — {1}: {2} → {3} ({4})</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../jury_app/domain/wording.py" line="+119"/>
        <source>{0} à {1} h {2}</source>
        <translation>{0} at {1}:{2}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../jury_app/domain/problems.py" line="-97"/>
        <source>satisfait</source>
        <translation>met</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../jury_app/domain/problems.py" line="+1"/>
        <source>non satisfait</source>
        <translation>not met</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../jury_app/domain/problems.py" line="+1"/>
        <source>non observé</source>
        <translation>not observed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/domain/evidence.py" line="-187"/>
        <location filename="../../jury_app/domain/problems.py" line="+1"/>
        <source>acquis</source>
        <translation>acquired</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../jury_app/domain/evidence.py" line="+0"/>
        <location filename="../../jury_app/domain/problems.py" line="+1"/>
        <source>non acquis</source>
        <translation>not acquired</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/domain/problems.py" line="+1"/>
        <source>saisie dans l&apos;application</source>
        <translation>entered in the application</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../jury_app/domain/problems.py" line="+1"/>
        <source>grille papier ressaisie</source>
        <translation>paper grid typed in</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../jury_app/domain/problems.py" line="-99"/>
        <location line="+106"/>
        <source>pause</source>
        <translation>break</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/domain/problems.py" line="+1"/>
        <source>absence</source>
        <translation>absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/domain/problems.py" line="+1"/>
        <source>abandon</source>
        <translation>withdrawal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/domain/problems.py" line="+1"/>
        <source>récusation</source>
        <translation>recusal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/domain/problems.py" line="+1"/>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>récusation : {0}</source>
        <translation>recusal: {0}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>aucun lien avec le candidat</source>
        <translation>no link with the candidate</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/audit.py" line="+100"/>
        <source>un fichier PDF</source>
        <translation>a PDF file</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <location filename="../../jury_app/data/results_merge/plan.py" line="-83"/>
        <source>un fichier de résultats</source>
        <translation>a result file</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/results_merge/plan.py" line="+154"/>
        <source>ce fichier est signé avec la clé enregistrée ici pour {0} ({1}, session {2}) : une clé n&apos;appartient qu&apos;à un juré, rien n&apos;a été importé</source>
        <translation>this file is signed with the key registered here for {0} ({1}, session {2}): a key belongs to one juror only, nothing was imported</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>clé révoquée le {0} par le responsable de session (motif : {1}) : le juré exporte à nouveau ses résultats avec sa nouvelle clé</source>
        <translation>key revoked on {0} by the session lead (reason: {1}): the juror exports their results again with their new key</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>fichier d&apos;une autre session : la session « {0} » n&apos;existe pas sur cet ordinateur</source>
        <translation>file from another session: session “{0}” does not exist on this computer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fichier d&apos;un autre paquet : il a été produit avec un paquet de session différent (empreinte {0}…) de celui importé ici ({1}…)</source>
        <translation>file from another package: it was produced with a session package (fingerprint {0}…) different from the one imported here ({1}…)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>le juré « {0} » n&apos;appartient pas au jury de la session {1}</source>
        <translation>juror “{0}” is not on the jury of session {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>le nom du juré ne correspond pas au paquet : « {0} » au lieu de « {1} »</source>
        <translation>the juror&apos;s name does not match the package: “{0}” instead of “{1}”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fichier daté du {0} selon l&apos;horloge de l&apos;ordinateur de {1}, plus tard que l&apos;heure de cet ordinateur ({2}) : l&apos;horloge de l&apos;ordinateur du juré avance : remettez-la à l&apos;heure, puis exportez à nouveau ses résultats</source>
        <translation>file dated {0} by the clock of {1}&apos;s computer, later than this computer&apos;s time ({2}): the juror&apos;s computer clock is fast: set it right, then export their results again</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>clé inconnue : ce fichier est signé avec une clé (empreinte {0}) qui n&apos;est pas celle enregistrée ici pour {1} (empreinte {2})</source>
        <translation>unknown key: this file is signed with a key (fingerprint {0}) that is not the one registered here for {1} (fingerprint {2})</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/results_export.py" line="+75"/>
        <location filename="../../jury_app/data/results_merge/plan.py" line="+29"/>
        <source>candidat inconnu dans la session {0} : « {1} »</source>
        <translation>unknown candidate in session {0}: “{1}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>aucun candidat à exporter</source>
        <translation>no candidate to export</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/results_merge/plan.py" line="+66"/>
        <source>{0} n&apos;a pas fait de déclaration pour {1} {2} : sa grille ne peut pas être importée</source>
        <translation>{0} made no declaration for {1} {2}: their grid cannot be imported</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/results_merge/runs.py" line="-39"/>
        <source>fiche scénario inconnue dans la session {0} : « {1} »</source>
        <translation>unknown scenario card in session {0}: “{1}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chronomètre de {0} / {1} incohérent : {2}</source>
        <translation>inconsistent timer for {0} / {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/session_setup.py" line="+66"/>
        <source>référentiel inconnu : « {0} » (connus : {1} ; ou le chemin d&apos;un fichier .json)</source>
        <translation>unknown référentiel: “{0}” (known: {1}; or the path of a .json file)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>indiquez un fichier .xlsx dans un dossier existant</source>
        <translation>give an .xlsx file in an existing folder</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>pas un PDF : ignoré</source>
        <translation>not a PDF: ignored</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nomme plusieurs candidats : {0}</source>
        <translation>names several candidates: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ne nomme aucun candidat (numéro ou nom)</source>
        <translation>names no candidate (number or name)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>dossier introuvable : --documents attend un dossier de PDF</source>
        <translation>folder not found: --documents expects a folder of PDFs</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Durée de {0} : à définir.</source>
        <translation>Duration of {0}: to be set.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>le nom de la session est à indiquer</source>
        <translation>the session&apos;s name is required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le lieu de la session est à indiquer</source>
        <translation>the session&apos;s place is required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>au moins une date est à indiquer</source>
        <translation>at least one date is required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aucun juré</source>
        <translation>no juror</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {0} » : {1}</source>
        <translation>“{0}”: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>durée de {0} à définir par la session : --duration {1}=MINUTES</source>
        <translation>duration of {0} to be set by the session: --duration {1}=MINUTES</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Tableau des candidats</source>
        <translation>Candidates table</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tableau des jurés</source>
        <translation>Jurors table</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tableau des fiches scénario</source>
        <translation>Scenario cards table</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/lists.py" line="+42"/>
        <source>Le numéro d&apos;inscription du candidat ; unique dans la liste. Sert aussi à reconnaître ses documents.</source>
        <translation>The candidate&apos;s registration number; unique in the list. Also used to recognise their documents.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>M. ou Mme (facultatif).</source>
        <translation>« M. » or « Mme » (optional).</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Nom de famille, accents et apostrophes compris.</source>
        <translation>Family name, accents and apostrophes included.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom usuel.</source>
        <translation>First name in use.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JJ/MM/AAAA ou AAAA-MM-JJ ; antérieure à la session.</source>
        <translation>DD/MM/YYYY or YYYY-MM-DD; before the session.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>formation, VAE ou capitalisation ; le parcours doit passer par la session choisie.</source>
        <translation>« formation », « VAE » or « capitalisation »; the path must go through the chosen session.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Séparés par des virgules, par exemple « CCP1, CCP2 » ; obtenus sous une autre version : « CCP1 (TP-00403@07) ».</source>
        <translation>Separated by commas, for example « CCP1, CCP2 »; held under another version: « CCP1 (TP-00403@07) ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aménagement accordé, en pourcentage de chaque durée (33 pour un tiers temps) ; vide : aucun. La raison n&apos;est jamais demandée ni imprimée.</source>
        <translation>Accommodation granted, as a percentage of each duration (33 for a third more time); empty: none. The reason is never asked for nor printed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heures de période en entreprise effectuées (parcours de formation).</source>
        <translation>Hours spent in a company placement (training path).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Évaluations en cours de formation, par exemple « CCP1 acquis ; CCP2 non acquis ».</source>
        <translation>Evaluations during training (ECF), for example « CCP1 acquis ; CCP2 non acquis ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nom de famille.</source>
        <translation>Family name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom.</source>
        <translation>First name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>président(e) ou membre ; vide : membre.</source>
        <translation>« président(e) » or « membre »; empty: « membre ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Métier exercé.</source>
        <translation>Occupation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Structure où le juré exerce.</source>
        <translation>Organisation where the juror works.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profil que le référentiel exige, quand il en exige (RNCP35667 : directeur expert ou praticien).</source>
        <translation>Profile the référentiel requires, when it requires one (RNCP35667: expert director or practitioner).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Titre de la fiche (jamais montré au candidat).</source>
        <translation>Title of the card (never shown to the candidate).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le type de structure que le jury annonce au candidat.</source>
        <translation>The type of structure the jury tells the candidate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le rôle remis au comédien.</source>
        <translation>The role handed to the actor.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>« {0} » n&apos;est pas une date (attendu : JJ/MM/AAAA, par exemple 14/02/1988)</source>
        <translation>“{0}” is not a date (expected: DD/MM/YYYY, for example 14/02/1988)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>« {0} » n&apos;existe pas au calendrier</source>
        <translation>“{0}” is not a day of the calendar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>« {0} » : un nombre entier est attendu</source>
        <translation>“{0}”: a whole number is expected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} : entre {1} et {2} attendu</source>
        <translation>{0}: expected between {1} and {2}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>« {0} » : version sans correspondance avec {1} (correspondances : aucune)</source>
        <translation>“{0}”: a version with no correspondence with {1} (correspondences: none)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>« {0} » : version sans correspondance avec {1} (correspondances : {2})</source>
        <translation>“{0}”: a version with no correspondence with {1} (correspondences: {2})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>« {0} » n&apos;existe pas dans {1}</source>
        <translation>“{0}” does not exist in {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>« {0} » n&apos;est pas un {1} de {2} ({3})</source>
        <translation>“{0}” is not a {1} of {2} ({3})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>« {0} » : attendu « CCP1 acquis » ou « CCP1 non acquis »</source>
        <translation>“{0}”: expected « CCP1 acquis » or « CCP1 non acquis »</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>« {0} » : M. ou Mme attendu</source>
        <translation>“{0}”: « M. » or « Mme » expected</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>« {0} » : président(e) ou membre attendu</source>
        <translation>“{0}”: « président(e) » or « membre » expected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>valeur manquante</source>
        <translation>missing value</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>200 caractères au plus</source>
        <translation>200 characters at most</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>« {0} » déjà donné ligne {1} (numéro en double)</source>
        <translation>“{0}” already given on line {1} (duplicate number)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>valeur manquante (formation, VAE ou capitalisation)</source>
        <translation>missing value (formation, VAE or capitalisation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {0} » : parcours inconnu ({1})</source>
        <translation>“{0}”: unknown path ({1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} est dans le futur</source>
        <translation>{0} is in the future</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ne précède pas la session</source>
        <translation>{0} is not before the session</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>aucun candidat dans la liste</source>
        <translation>no candidate in the list</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>« {0} » : profil inconnu (aucun pour cette session)</source>
        <translation>“{0}”: unknown profile (none for this session)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>« {0} » : profil inconnu ({1})</source>
        <translation>“{0}”: unknown profile ({1})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>« {0} {1} » déjà donné ligne {2} (juré en double)</source>
        <translation>“{0} {1}” already given on line {2} (duplicate juror)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>aucun juré dans la liste</source>
        <translation>no juror in the list</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/tables.py" line="+63"/>
        <source>{0}, ligne {1} : {2}</source>
        <translation>{0}, line {1}: {2}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>encodage illisible : enregistrez la liste en CSV UTF-8 ou en XLSX</source>
        <translation>unreadable encoding: save the list as UTF-8 CSV or as XLSX</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ligne {0} : CSV illisible</source>
        <translation>line {0}: unreadable CSV</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>classeur XLSX illisible</source>
        <translation>unreadable XLSX workbook</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>plus de {0} lignes</source>
        <translation>more than {0} lines</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>une liste CSV ou XLSX</source>
        <translation>a CSV or XLSX list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ce n&apos;est pas un classeur XLSX</source>
        <translation>this is not an XLSX workbook</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>la liste est vide : une ligne d&apos;en-tête est attendue</source>
        <translation>the list is empty: a header line is expected</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ligne {0} : colonne inconnue « {1} » (colonnes prévues : {2})</source>
        <translation>line {0}: unknown column “{1}” (expected columns: {2})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ligne {0} : colonne « {1} » donnée deux fois</source>
        <translation>line {0}: column “{1}” given twice</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>colonne manquante : « {0} »</source>
        <translation>missing column: “{0}”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ligne {0} : une valeur hors des colonnes prévues</source>
        <translation>line {0}: a value outside the expected columns</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/access.py" line="+26"/>
        <source>parcours « {0} » non prévu par le référentiel {1} (parcours : {2})</source>
        <translation>path “{0}” not provided for by the référentiel {1} (paths: {2})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>le parcours {0} ne passe pas par la session « {1} » (sessions de ce parcours : {2}) ; un candidat en capitalisation passe la session du {3} qui lui manque, puis l&apos;entretien en fin de session du dernier</source>
        <translation>the {0} path does not go through the session “{1}” (sessions of this path: {2}); a candidate capitalising sits the session of the {3} they lack, then the interview at the end of the last one&apos;s session</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>le parcours {0} ne passe pas par la session « {1} » (sessions de ce parcours : {2})</source>
        <translation>the {0} path does not go through the session “{1}” (sessions of this path: {2})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>aucune modalité de la « {0} » n&apos;est prévue pour le parcours « {1} »</source>
        <translation>no modality of the “{0}” is provided for the path “{1}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>en capitalisation, il lui manque {0} : il passe d&apos;abord la session de ce {1}, puis l&apos;entretien en fin de session du dernier</source>
        <translation>capitalising, they lack {0}: they first sit the session of this {1}, then the interview at the end of the last one&apos;s session</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>en capitalisation, il lui manque {0} : il passe d&apos;abord la session de ces {1}, puis l&apos;entretien en fin de session du dernier</source>
        <translation>capitalising, they lack {0}: they first sit the sessions of these {1}, then the interview at the end of the last one&apos;s session</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/attachments.py" line="+47"/>
        <source>le document « {0} » a été altéré sur ce disque (somme de contrôle différente)</source>
        <translation>the document “{0}” was altered on this disk (different checksum)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/package/builder.py" line="-24"/>
        <location line="+1"/>
        <location line="+187"/>
        <source>un document PDF</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>ce fichier n&apos;est pas un PDF (son contenu n&apos;en est pas un)</source>
        <translation>this file is not a PDF (its content is not one)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>les documents font {0} : un paquet en porte au plus {1}</source>
        <translation>the documents take {0}: a package carries {1} at most</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>le fichier a changé pendant l&apos;écriture du paquet</source>
        <translation>the file changed while the package was being written</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>c&apos;est un dossier : indiquez le nom du paquet à écrire (.zip)</source>
        <translation>this is a folder: give the name of the package to write (.zip)</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/archive.py" line="+67"/>
        <source>{0} est un dossier : indiquez un nom de fichier (.zip)</source>
        <translation>{0} is a folder: give a file name (.zip)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../jury_app/actions/referentiels.py" line="+70"/>
        <location filename="../../jury_app/actions/reports.py" line="-101"/>
        <location line="+77"/>
        <location filename="../../jury_app/data/package/builder.py" line="+2"/>
        <source>le dossier {0} n&apos;existe pas</source>
        <translation>the folder {0} does not exist</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/package/importer.py" line="+84"/>
        <source>un référentiel différent portant la même clé {0} est déjà enregistré</source>
        <translation>a different référentiel with the same key {0} is already stored</translation>
    </message>
    <message>
        <location line="+109"/>
        <location filename="../../jury_app/domain/problems.py" line="-118"/>
        <source>juré</source>
        <translation>juror</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/domain/problems.py" line="+1"/>
        <location line="+45"/>
        <source>candidat</source>
        <translation>candidate</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/domain/problems.py" line="-43"/>
        <source>fiche scénario</source>
        <translation>scenario card</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/domain/problems.py" line="+1"/>
        <source>pièce jointe</source>
        <translation>attachment</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+14"/>
        <source>{0} ajouté : {1}</source>
        <translation>{0} added: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} modifié : {1}</source>
        <translation>{0} changed: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} retiré : {1}</source>
        <translation>{0} removed: {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>le candidat {0} a déjà des évaluations : il ne peut pas être retiré par une mise à jour</source>
        <translation>candidate {0} already has assessments: an update cannot remove them</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>le juré {0} a déjà saisi des évaluations : il ne peut pas être retiré par une mise à jour</source>
        <translation>juror {0} has already entered assessments: an update cannot remove them</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>une mise à jour ne peut pas changer le référentiel de la session</source>
        <translation>an update cannot change the session&apos;s référentiel</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>identité du candidat {0} changée alors que le jury a déjà travaillé sur son dossier : {1} → {2} ; vérifiez qu&apos;il s&apos;agit bien de la même personne, puis confirmez-le avec son motif (jury-app package import --update --identity-change-reason MOTIF)</source>
        <translation>identity of candidate {0} changed although the jury has already worked on their file: {1} → {2}; check that this is the same person, then confirm it with its reason (jury-app package import --update --identity-change-reason REASON)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>identité du candidat {0} modifiée : {1} → {2} (motif : {3})</source>
        <translation>identity of candidate {0} changed: {1} → {2} (reason: {3})</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>la session « {0} » existe déjà, importée d&apos;un autre paquet ; pour la mettre à jour, relancez avec --update (les saisies du jury sont conservées)</source>
        <translation>the session “{0}” already exists, imported from another package; to update it, run again with --update (what the jury entered is kept)</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/package/safezip.py" line="+37"/>
        <source>taux de compression suspect (bombe de décompression ?)</source>
        <translation>suspicious compression ratio (decompression bomb?)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nom de membre vide ou trop long</source>
        <translation>member name empty or too long</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>barre oblique inverse interdite dans un nom de membre</source>
        <translation>backslash not allowed in a member name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>caractère de contrôle dans un nom de membre</source>
        <translation>control character in a member name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chemin absolu interdit</source>
        <translation>absolute path not allowed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>composant « .. » ou « . » interdit</source>
        <translation>component “..” or “.” not allowed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nom réservé ou invalide sous Windows</source>
        <translation>name reserved or invalid on Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nom non normalisé (Unicode NFC attendu)</source>
        <translation>name not normalised (Unicode NFC expected)</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../jury_app/data/package/validate.py" line="-95"/>
        <source>une archive zip</source>
        <translation>a zip archive</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ce n&apos;est pas une archive zip lisible</source>
        <translation>this is not a readable zip archive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trop de membres ({0}, au plus {1})</source>
        <translation>too many members ({0}, at most {1})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>lien symbolique interdit</source>
        <translation>symbolic link not allowed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>membre chiffré interdit</source>
        <translation>encrypted member not allowed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>méthode de compression non prise en charge</source>
        <translation>compression method not supported</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>membre en double (la casse mise à part)</source>
        <translation>duplicate member (ignoring case)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>membre trop volumineux ({0} octets, au plus {1})</source>
        <translation>member too large ({0} bytes, at most {1})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>contenu décompressé trop volumineux ({0} octets)</source>
        <translation>uncompressed content too large ({0} bytes)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>taille réelle supérieure à la taille annoncée ou permise</source>
        <translation>actual size larger than the size announced or allowed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>membre illisible ou corrompu</source>
        <translation>member unreadable or corrupt</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/package/validate.py" line="+12"/>
        <source>taille {0} octets, le manifeste annonce {1}</source>
        <translation>size {0} bytes, the manifest announces {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>identifiant en double : « {0} »</source>
        <translation>duplicate identifier: “{0}”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>le jury compte {0} membre(s), le référentiel en exige au moins {1}</source>
        <translation>the jury has {0} member(s), the référentiel requires at least {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>parcours « {0} » non prévu par le référentiel {1}</source>
        <translation>path “{0}” not provided for by the référentiel {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>candidat {0} ({1} {2}) : {3}</source>
        <translation>candidate {0} ({1} {2}): {3}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CCP/bloc inconnu du référentiel : « {0} »</source>
        <translation>CCP/block unknown to the référentiel: “{0}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CCP/bloc à la fois visé et déjà acquis : {0}</source>
        <translation>CCP/block both sought and already held: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le candidat ne vise pas le CCP de la session ({0})</source>
        <translation>the candidate does not seek the session&apos;s CCP ({0})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>modalité inconnue pour cette session : « {0} » (attendu : {1})</source>
        <translation>modality unknown for this session: “{0}” (expected: {1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>le {0} n&apos;est pas une date de la session</source>
        <translation>{0} is not a date of the session</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>modalité {0} planifiée {1} fois pour le candidat {2}</source>
        <translation>modality {0} planned {1} times for candidate {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>aucune fiche scénario : la mise en situation exige un tirage au sort</source>
        <translation>no scenario card: the mise en situation requires a draw by lot</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>le paquet ne contient pas {0}</source>
        <translation>the package does not contain {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../jury_app/domain/referentiel_checks.py" line="-38"/>
        <source>un objet JSON est attendu</source>
        <translation>a JSON object is expected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ce n&apos;est pas un paquet de session jury_app (« {0} » attendu)</source>
        <translation>this is not a jury_app session package (“{0}” expected)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version de format non prise en charge : {0} (cette application lit la version {1})</source>
        <translation>format version not supported: {0} (this application reads version {1})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>le référentiel joint est {0}, le manifeste annonce {1}@{2}</source>
        <translation>the enclosed référentiel is {0}, the manifest announces {1}@{2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>référentiel inconnu : {0} version {1} (ni fourni dans le paquet ni connu de l&apos;application)</source>
        <translation>unknown référentiel: {0} version {1} (neither in the package nor known to the application)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>membre non déclaré dans le manifeste</source>
        <translation>member not declared in the manifest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pièce jointe absente du paquet : {0}</source>
        <translation>attachment missing from the package: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>somme SHA-256 incorrecte (manifeste /attachments/{0}/sha256)</source>
        <translation>wrong SHA-256 checksum (manifest /attachments/{0}/sha256)</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/referentiel_files.py" line="+42"/>
        <source>format inconnu « {0} » : .json ou .xlsx</source>
        <translation>unknown format “{0}”: .json or .xlsx</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(sans extension)</source>
        <translation>(no extension)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>un référentiel se lit depuis un fichier .json ou .xlsx</source>
        <translation>a référentiel is read from a .json or .xlsx file</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/data/referentiels.py" line="+35"/>
        <source>un référentiel</source>
        <translation>a référentiel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>classeur illisible ({0}) : un fichier .xlsx est attendu</source>
        <translation>unreadable workbook ({0}): an .xlsx file is expected</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>référentiel intégré à l&apos;application, jamais remplacé : donnez une autre version à celui-ci</source>
        <translation>a référentiel built into the application is never replaced: give this one another version</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>un autre contenu est déjà enregistré sous cette version : donnez une nouvelle version à celui-ci</source>
        <translation>another content is already stored under this version: give this one a new version</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/referentiels.py" line="-8"/>
        <source>version de format inconnue : {0} (1 attendu)</source>
        <translation>unknown format version: {0} (1 expected)</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/safejson.py" line="+29"/>
        <source>clé en double : « {0} »</source>
        <translation>duplicate key: “{0}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>valeur non autorisée en JSON strict : {0}</source>
        <translation>value not allowed in strict JSON: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>valeur attendue</source>
        <translation>value expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nom de clé entre guillemets attendu</source>
        <translation>key name in double quotes expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deux-points attendu</source>
        <translation>colon expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virgule attendue</source>
        <translation>comma expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chaîne de caractères non terminée</source>
        <translation>unterminated string</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caractère de contrôle interdit dans une chaîne</source>
        <translation>control character not allowed in a string</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>séquence \u invalide</source>
        <translation>invalid \u sequence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>séquence d&apos;échappement invalide</source>
        <translation>invalid escape sequence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>données en trop après la fin du document</source>
        <translation>extra data after the end of the document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virgule en trop avant la fin</source>
        <translation>extra comma before the end</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>syntaxe invalide</source>
        <translation>invalid syntax</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>fichier JSON trop volumineux ({0} octets, au plus {1})</source>
        <translation>JSON file too large ({0} bytes, at most {1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>le fichier commence par une marque d&apos;ordre d&apos;octets (BOM) : UTF-8 sans BOM attendu</source>
        <translation>the file starts with a byte order mark (BOM): UTF-8 without a BOM expected</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>encodage invalide : UTF-8 attendu (octet {0})</source>
        <translation>invalid encoding: UTF-8 expected (byte {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imbrication trop profonde (au plus {0} niveaux)</source>
        <translation>nesting too deep (at most {0} levels)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JSON invalide ligne {0}, colonne {1} : {2}</source>
        <translation>invalid JSON at line {0}, column {1}: {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nombre trop long</source>
        <translation>number too long</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/durations.py" line="+144"/>
        <source>aucune modalité « {0} » dans cette session (modalités : {1})</source>
        <translation>no modality “{0}” in this session (modalities: {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {0} » s&apos;évalue sur document : elle n&apos;a pas de durée</source>
        <translation>“{0}” is assessed on documents: it has no duration</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/context.py" line="+70"/>
        <location filename="../../jury_app/domain/durations.py" line="+4"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session inconnue : « {0} » (sessions : {1})</source>
        <translation>unknown session: “{0}” (sessions: {1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>aucune session dans {0} : importez d&apos;abord un paquet (jury-app package import FICHIER)</source>
        <translation>no session in {0}: import a package first (jury-app package import FILE)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>plusieurs sessions ; précisez laquelle : {0}</source>
        <translation>several sessions; say which one: {0}</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/durations.py" line="+1"/>
        <source>« {0} » n&apos;a pas de phase « {1} » (phases : {2})</source>
        <translation>“{0}” has no phase “{1}” (phases: {2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>la durée de « {0} », phase « {1} », est fixée par le référentiel ({2} min)</source>
        <translation>the duration of “{0}”, phase “{1}”, is set by the référentiel ({2} min)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fixée par le référentiel ({0} min)</source>
        <translation>set by the référentiel ({0} min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>la somme de ses phases</source>
        <translation>the sum of its phases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>la durée de « {0} » est {1} : elle ne se définit pas pour la session</source>
        <translation>the duration of “{0}” is {1}: it is not set for the session</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>les phases de « {0} » font {1} min, la modalité {2} min</source>
        <translation>the phases of “{0}” take {1} min, the modality {2} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>les phases de durée connue occupent déjà les {0} min de « {1} » ; il ne reste rien pour : {2}</source>
        <translation>the phases of known duration already fill the {0} min of “{1}”; nothing is left for: {2}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>durée de « {0} » à définir pour la session (clé « {1} » ou une durée par phase)</source>
        <translation>duration of “{0}” to set for the session (key “{1}” or a duration per phase)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>durée de « {0} » à définir pour la session (clé « {1} »)</source>
        <translation>duration of “{0}” to set for the session (key “{1}”)</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/problems.py" line="-58"/>
        <source>champ obligatoire manquant</source>
        <translation>required field missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>champ inconnu (non prévu par le format)</source>
        <translation>unknown field (not in the format)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>une chaîne de caractères est attendue</source>
        <translation>a text is expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>texte trop court (au moins {0} caractère(s))</source>
        <translation>text too short (at least {0} character(s))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>texte trop long (au plus {0} caractères)</source>
        <translation>text too long (at most {0} characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format invalide (attendu : {0})</source>
        <translation>invalid format (expected: {0})</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/referentiel_workbook.py" line="-138"/>
        <source>classeur</source>
        <translation>workbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valeur obligatoire manquante</source>
        <translation>required value missing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>feuille « {0} », ligne {1}, colonne {2}</source>
        <translation>sheet “{0}”, row {1}, column {2}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>feuille « {0} », ligne {1}</source>
        <translation>sheet “{0}”, row {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../jury_app/domain/problems.py" line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>un nombre entier est attendu</source>
        <translation>a whole number is expected</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>un nombre entier est attendu, pas « {0} »</source>
        <translation>a whole number is expected, not “{0}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>un nombre est attendu, pas « {0} »</source>
        <translation>a number is expected, not “{0}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>« oui » ou « non » attendu, pas « {0} »</source>
        <translation>« oui » or « non » expected, not “{0}”</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>feuille « {0} », colonne {1}</source>
        <translation>sheet “{0}”, column {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colonne inconnue « {0} » (colonnes : {1})</source>
        <translation>unknown column “{0}” (columns: {1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>colonne obligatoire manquante : « {0} »</source>
        <translation>required column missing: “{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feuille « {0} »</source>
        <translation>sheet “{0}”</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>champ inconnu « {0} »</source>
        <translation>unknown field “{0}”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>feuille manquante : « {0} »</source>
        <translation>missing sheet: “{0}”</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>critère « {0} » : compétence inconnue</source>
        <translation>criterion “{0}”: unknown competence</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>critère « {0} » : compétence transversale inconnue</source>
        <translation>criterion “{0}”: unknown transversal competence</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>règle de décision pour un bloc inconnu : « {0} »</source>
        <translation>decision rule for an unknown block: “{0}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>les blocs suivent tous la même règle : une seule règle par bloc est prise en charge</source>
        <translation>the blocks all follow the same rule: only one rule for the blocks is supported</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>profil « {0} » : session inconnue</source>
        <translation>profile “{0}”: unknown session</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>modalité « {0} » : session inconnue « {1} »</source>
        <translation>modality “{0}”: unknown session “{1}”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>phase « {0} » : modalité inconnue « {1} » de la session « {2} »</source>
        <translation>phase “{0}”: unknown modality “{1}” of the session “{2}”</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/problems.py" line="+1"/>
        <location line="+1"/>
        <source>un nombre est attendu</source>
        <translation>a number is expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>vrai ou faux (true/false) est attendu</source>
        <translation>true or false is expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doit être supérieur ou égal à {0}</source>
        <translation>must be greater than or equal to {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doit être supérieur à {0}</source>
        <translation>must be greater than {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doit être inférieur ou égal à {0}</source>
        <translation>must be less than or equal to {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doit être inférieur à {0}</source>
        <translation>must be less than {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>valeur non autorisée (attendu : {0})</source>
        <translation>value not allowed (expected: {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>une liste est attendue</source>
        <translation>a list is expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>un objet est attendu</source>
        <translation>an object is expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trop peu d&apos;éléments (au moins {0})</source>
        <translation>too few items (at least {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trop d&apos;éléments (au plus {0})</source>
        <translation>too many items (at most {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>date invalide (attendu : AAAA-MM-JJ)</source>
        <translation>invalid date (expected: YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>date invalide (attendu : AAAA-MM-JJ, sans heure)</source>
        <translation>invalid date (expected: YYYY-MM-DD, without a time)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>date et heure invalides (attendu : AAAA-MM-JJTHH:MM)</source>
        <translation>invalid date and time (expected: YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>JSON invalide</source>
        <translation>invalid JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>un identifiant de 64 caractères au plus : lettres sans accent, chiffres, « _ », « . » et « - », commençant par une lettre ou un chiffre</source>
        <translation>an identifier of 64 characters at most: letters without accents, digits, “_”, “.” and “-”, starting with a letter or a digit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>une empreinte SHA-256, 64 chiffres hexadécimaux en minuscules</source>
        <translation>a SHA-256 fingerprint, 64 lower-case hexadecimal digits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« attachments/ » suivi d&apos;un nom de fichier sans accent ni espace (lettres, chiffres, « _ », « . », « - »)</source>
        <translation>“attachments/” followed by a file name without accents or spaces (letters, digits, “_”, “.”, “-”)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../jury_app/domain/referentiel.py" line="+489"/>
        <location filename="../../jury_app/domain/referentiel_checks.py" line="+21"/>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>passage planifié</source>
        <translation>planned passage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CCP/bloc déjà acquis</source>
        <translation>CCP/block already held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>résultat d&apos;ECF</source>
        <translation>ECF result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>horaires du jour</source>
        <translation>the day&apos;s hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>session du référentiel</source>
        <translation>session of the référentiel</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+37"/>
        <location filename="../../jury_app/domain/referentiel_checks.py" line="+33"/>
        <source>modalité</source>
        <translation>modality</translation>
    </message>
    <message>
        <location line="-36"/>
        <location filename="../../jury_app/domain/referentiel_checks.py" line="+24"/>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/domain/referentiel.py" line="-2"/>
        <location filename="../../jury_app/domain/referentiel_checks.py" line="-66"/>
        <source>compétence</source>
        <translation>competence</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/domain/referentiel.py" line="+3"/>
        <location filename="../../jury_app/domain/referentiel_checks.py" line="+7"/>
        <source>critère</source>
        <translation>criterion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <location filename="../../jury_app/domain/referentiel.py" line="-2"/>
        <location filename="../../jury_app/domain/referentiel_checks.py" line="-8"/>
        <source>CCP/bloc</source>
        <translation>CCP/block</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>identifiant</source>
        <translation>identifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intitulé</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>nom</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>prénom</source>
        <translation>first name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>civilité</source>
        <translation>civility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date de naissance</source>
        <translation>birth date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numéro de candidat</source>
        <translation>candidate number</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/domain/referentiel_checks.py" line="+11"/>
        <source>parcours</source>
        <translation>path</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CCP/blocs visés</source>
        <translation>CCPs/blocks sought</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CCP/blocs déjà acquis</source>
        <translation>CCPs/blocks already held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temps supplémentaire (%)</source>
        <translation>extra time (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heures en entreprise</source>
        <translation>hours in a company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rôle</source>
        <translation>role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profession</source>
        <translation>profession</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisme</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profil de juré</source>
        <translation>juror profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date de session</source>
        <translation>session date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>centre d&apos;examen</source>
        <translation>exam centre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adresse</source>
        <translation>address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>salles</source>
        <translation>rooms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fuseau horaire</source>
        <translation>time zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numéro d&apos;agrément</source>
        <translation>approval number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numéro de session</source>
        <translation>session number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>durées à définir</source>
        <translation>durations to set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>début</source>
        <translation>start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fin</source>
        <translation>end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>salle</source>
        <translation>room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jurés du passage</source>
        <translation>the passage&apos;s jurors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type de structure</source>
        <translation>type of structure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>texte du comédien</source>
        <translation>actor&apos;s text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fichier dans le paquet</source>
        <translation>file in the package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taille</source>
        <translation>size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empreinte SHA-256</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/domain/wording.py" line="+287"/>
        <source>certification</source>
        <translation>certification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>obtenu sous</source>
        <translation>obtained under</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preuve</source>
        <translation>proof</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>résultat</source>
        <translation>result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>durée (min)</source>
        <translation>duration (min)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} ou {1}</source>
        <translation>{0} or {1}</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/referentiel_files.py" line="-40"/>
        <location filename="../../jury_app/domain/problems.py" line="+9"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/results_merge/runs.py" line="-208"/>
        <source>absent sur un ordinateur, évalué sur un autre</source>
        <translation>absent on one computer, assessed on another</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fiches scénario différentes tirées</source>
        <translation>different scenario cards drawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>déroulés chronométrés différents</source>
        <translation>different timed runs</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../jury_app/domain/problems.py" line="+31"/>
        <source>à faire</source>
        <translation>to do</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/domain/problems.py" line="+1"/>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/domain/problems.py" line="+1"/>
        <source>terminée</source>
        <translation>finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/domain/problems.py" line="+1"/>
        <source>candidat absent</source>
        <translation>candidate absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/domain/problems.py" line="+1"/>
        <source>abandon du candidat</source>
        <translation>candidate&apos;s withdrawal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/domain/problems.py" line="+1"/>
        <source>non concernée</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location line="+383"/>
        <source>cet ordinateur</source>
        <translation>this computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fichier de {0}</source>
        <translation>file from {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fiche {0}</source>
        <translation>card {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} événement(s) du chronomètre</source>
        <translation>{0} timer event(s)</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/problems.py" line="+6"/>
        <source>présidence du jury</source>
        <translation>chair of the jury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>membre du jury</source>
        <translation>member of the jury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session du titre</source>
        <translation>title session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session de CCP</source>
        <translation>CCP session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session de capitalisation</source>
        <translation>capitalisation session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>examen blanc</source>
        <translation>mock exam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dossier professionnel</source>
        <translation>dossier professionnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dossier projet</source>
        <translation>project file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>livret de certification</source>
        <translation>livret de certification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attestation de stage</source>
        <translation>work placement certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>résultats des ECF</source>
        <translation>ECF results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preuve d&apos;un CCP acquis</source>
        <translation>proof of a CCP held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>livret 2</source>
        <translation>livret 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note de synthèse</source>
        <translation>summary note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dossier écrit</source>
        <translation>written file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passeport compétences</source>
        <translation>skills passport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>autre document</source>
        <translation>other document</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>« {0} » ({1})</source>
        <translation>“{0}” ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../jury_app/domain/session_draft.py" line="+297"/>
        <source>« {0} »</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>le format prévu</source>
        <translation>the expected format</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>valeur invalide</source>
        <translation>invalid value</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>champ inconnu « {0} » (non prévu par le format)</source>
        <translation>unknown field “{0}” (not in the format)</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/referentiel_checks.py" line="-44"/>
        <source>compétence inconnue : « {0} »</source>
        <translation>unknown competence: “{0}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CCP/bloc inconnu : « {0} »</source>
        <translation>unknown CCP/block: “{0}”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>identifiant de {0} en double : « {1} »</source>
        <translation>duplicate {0} identifier: “{1}”</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>modalité « {0} » sans parcours : nommez les parcours qu&apos;elle sert</source>
        <translation>modality “{0}” without paths: name the paths it serves</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parcours inconnu du référentiel : « {0} »</source>
        <translation>path unknown to the référentiel: “{0}”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>la phase « {0} » dure {1} min, plus que sa modalité « {2} » ({3} min)</source>
        <translation>the phase “{0}” lasts {1} min, longer than its modality “{2}” ({3} min)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>les phases de « {0} » font {1} min, plus que la modalité ({2} min)</source>
        <translation>the phases of “{0}” take {1} min, more than the modality ({2} min)</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/referentiel.py" line="-420"/>
        <source>{0} ; {1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>une compétence sans critère doit être marquée « sans critère » (criteria_to_be_set=true)</source>
        <translation>a competence without criteria must be marked “without criteria” (criteria_to_be_set=true)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>la somme des phases ({0} min) diffère de la durée de la modalité ({1} min)</source>
        <translation>the phases add up to {0} min, not to the modality&apos;s duration ({1} min)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>identifiants de phase en double : {0}</source>
        <translation>duplicate phase identifiers: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parcours cités deux fois : {0}</source>
        <translation>paths named twice: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>modalité {0} : {1}</source>
        <translation>modality {0}: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>une modalité sur document doit nommer le ou les documents évalués (documents)</source>
        <translation>a modality on documents must name the document(s) it assesses (documents)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>une modalité sur document n&apos;a ni durée, ni phases, ni durée à définir</source>
        <translation>a modality on documents has no duration, no phases and no duration to set</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>une modalité sur document ne comporte pas de tirage au sort</source>
        <translation>a modality on documents has no draw by lot</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>la durée est fixée ({0} min) et pourtant déclarée à définir</source>
        <translation>the duration is set ({0} min) and yet declared to be set</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>champ à définir inconnu : « {0} » (attendu : duration_min ou phases.&lt;phase&gt;.duration_min)</source>
        <translation>unknown field to set: “{0}” (expected: duration_min or phases.&lt;phase&gt;.duration_min)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>durée à définir d&apos;une phase inconnue : « {0} »</source>
        <translation>duration to set of an unknown phase: “{0}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>la phase {0} a une durée fixée et pourtant déclarée à définir</source>
        <translation>the phase {0} has a set duration and yet is declared to be set</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>identifiants de profil de juré en double : {0}</source>
        <translation>duplicate juror profile identifiers: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>les profils exigent {0} membre(s), plus que le nombre minimum du jury ({1})</source>
        <translation>the profiles require {0} member(s), more than the jury&apos;s minimum number ({1})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unit_id est requis pour une session de CCP/bloc, et seulement alors</source>
        <translation>unit_id is required for a CCP/block session, and only then</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>identifiants de modalité en double</source>
        <translation>duplicate modality identifiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>la modalité {0} suit une modalité inconnue : {1}</source>
        <translation>the modality {0} follows an unknown modality: {1}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>l&apos;échéance de l&apos;enregistrement ({0}) précède son début ({1})</source>
        <translation>the end of the registration ({0}) comes before its start ({1})</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>identifiants de {0} en double</source>
        <translation>duplicate {0} identifiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} : CCP/bloc inconnu {1}</source>
        <translation>{0}: unknown CCP/block {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>{0} : compétence inconnue {1}</source>
        <translation>{0}: unknown competence {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>session {0} : CCP/bloc inconnu {1}</source>
        <translation>session {0}: unknown CCP/block {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>session {0}, {1} : compétence inconnue {2}</source>
        <translation>session {0}, {1}: unknown competence {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parcours {0} : session inconnue {1}</source>
        <translation>path {0}: unknown session {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>parcours en double : {0}</source>
        <translation>duplicate paths: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>session {0}, modalité {1} : parcours inconnu du référentiel « {2} »</source>
        <translation>session {0}, modality {1}: path unknown to the référentiel “{2}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>session {0}, modalité {1} : le parcours {2} ne compte pas la session {0}</source>
        <translation>session {0}, modality {1}: the path {2} does not include the session {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>correspondance de {0} : {1} est ce référentiel lui-même</source>
        <translation>correspondence of {0}: {1} is this référentiel itself</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>correspondance de {0} {1} : CCP/bloc inconnu {2}</source>
        <translation>correspondence of {0} {1}: unknown CCP/block {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>correspondances en double : {0}</source>
        <translation>duplicate correspondences: {0}</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/wording.py" line="-319"/>
        <source>né le {0}</source>
        <translation>born on {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>née le {0}</source>
        <translation>born on {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date de naissance&#x202f;: {0}</source>
        <translation>date of birth: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{0},{1} Go</source>
        <translation>{0}.{1} GB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} Go</source>
        <translation>{0} GB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0},{1} Mo</source>
        <translation>{0}.{1} MB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} Mo</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} ko</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} o</source>
        <translation>{0} bytes</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>CCP</source>
        <translation>CCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bloc</source>
        <translation>block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocs de compétences</source>
        <translation>skills blocks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>titre</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le titre</source>
        <translation>the title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la certification</source>
        <translation>the certification</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/package/format.py" line="+41"/>
        <source>heure invalide : « {0} » (attendu : HH:MM, par exemple 08:30)</source>
        <translation>invalid time: “{0}” (expected: HH:MM, for example 08:30)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>certification invalide : « {0} » (attendu : CODE@VERSION, par exemple TP-00403@07)</source>
        <translation>invalid certification: “{0}” (expected: CODE@VERSION, for example TP-00403@07)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fuseau horaire inconnu : « {0} » (par exemple Europe/Paris)</source>
        <translation>unknown time zone: “{0}” (for example Europe/Paris)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>la fin ({0}) doit suivre le début ({1})</source>
        <translation>the end ({0}) must come after the start ({1})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>la fin de journée ({0}) doit suivre son début ({1})</source>
        <translation>the end of the day ({0}) must come after its start ({1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>la pause {0}–{1} doit tenir dans la journée ({2}–{3}) sans chevaucher une autre pause</source>
        <translation>the break {0}–{1} must fit in the day ({2}–{3}) without overlapping another break</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>une session de CCP doit indiquer unit_id (le CCP évalué)</source>
        <translation>a CCP session must give unit_id (the CCP assessed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>une session du titre n&apos;a pas de unit_id</source>
        <translation>a title session has no unit_id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>une session de capitalisation n&apos;a pas de unit_id</source>
        <translation>a capitalisation session has no unit_id</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/backups.py" line="+53"/>
        <source>aucune base de données dans {0} : rien à sauvegarder</source>
        <translation>no database in {0}: nothing to back up</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>sauvegarde introuvable (voir : jury-app backup list)</source>
        <translation>backup not found (see: jury-app backup list)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>c&apos;est la base de données en service, pas une sauvegarde</source>
        <translation>this is the database in use, not a backup</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/deliberation_close.py" line="-64"/>
        <source>« {0} » ne manque pas pour ce candidat : rien à passer outre</source>
        <translation>“{0}” is not missing for this candidate: nothing to override</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} : le jury ne peut pas passer outre</source>
        <translation>{0}: the jury cannot override this</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} : indiquez pourquoi le jury clôt malgré cela</source>
        <translation>{0}: say why the jury closes despite this</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>indiquez pourquoi la délibération est rouverte</source>
        <translation>say why the deliberation is reopened</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>la délibération de ce candidat n&apos;est pas close</source>
        <translation>this candidate&apos;s deliberation is not closed</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Complet : les {0} délibération(s) sont closes.</source>
        <translation>Complete: the {0} deliberation(s) are closed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incomplet : {0} délibération(s) ouverte(s) sur {1}, dont {2} prête(s) à clore.</source>
        <translation>Incomplete: {0} deliberation(s) open out of {1}, {2} of them ready to close.</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/pv_files.py" line="+86"/>
        <source>le procès-verbal porte déjà {0} signature(s) mais n&apos;est plus à jour : le régénérer le remplace (il est gardé à part), chaque juré devra signer le nouveau</source>
        <translation>the procès-verbal already bears {0} signature(s) but is no longer up to date: generating it again replaces it (it is kept aside), and every juror will have to sign the new one</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} : indiquez un fichier dans un dossier existant</source>
        <translation>{0}: give a file in an existing folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../jury_app/data/pv_store.py" line="+23"/>
        <source>le procès-verbal</source>
        <translation>the procès-verbal</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+94"/>
        <location filename="../../jury_app/actions/signing.py" line="+159"/>
        <location line="+25"/>
        <location line="+114"/>
        <location line="+7"/>
        <source>un fichier</source>
        <translation>a file</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>ce fichier n&apos;est pas un procès-verbal généré par l&apos;application</source>
        <translation>this file is not a procès-verbal generated by the application</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>premier certificat de {0} sur cet ordinateur (empreinte {1}) : vérifiez-la avec le juré, puis confirmez-la</source>
        <translation>first certificate of {0} on this computer (fingerprint {1}): check it with the juror, then confirm it</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>le procès-verbal enregistré porte déjà ces signatures, et d&apos;autres : rien à importer</source>
        <translation>the stored procès-verbal already bears these signatures, and others: nothing to import</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ce procès-verbal a été signé sur une autre copie que celle enregistrée ici, qui porte d&apos;autres signatures : exportez à nouveau le « PV à faire signer » et faites-le signer à la suite</source>
        <translation>this procès-verbal was signed on another copy than the one stored here, which bears other signatures: export the “PV to be signed” again and have it signed after them</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>procès-verbal complet : tous les jurés ont signé</source>
        <translation>procès-verbal complete: every juror has signed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reste à signer : {0}</source>
        <translation>still to sign: {0}</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/referentiels.py" line="-17"/>
        <source>référentiel inconnu (connus : {0})</source>
        <translation>unknown référentiel (known: {0})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} est un dossier : indiquez un nom de fichier .json ou .xlsx</source>
        <translation>{0} is a folder: give a .json or .xlsx file name</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/session_referentiel.py" line="+30"/>
        <source>{0} grilles</source>
        <translation>{0} grids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} passages</source>
        <translation>{0} passages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} jugements communs</source>
        <translation>{0} common judgements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} décisions</source>
        <translation>{0} decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} délibérations</source>
        <translation>{0} deliberations</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} n&apos;a pas de session « {1} », celle que tient {2}</source>
        <translation>{0} has no session “{1}”, the one {2} holds</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>candidat {0} : parcours « {1} » inconnu de {2}</source>
        <translation>candidate {0}: path “{1}” unknown to {2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>candidat {0} : {1} « {2} » inconnu de {3}</source>
        <translation>candidate {0}: {1} “{2}” unknown to {3}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>passage de {0} : modalité « {1} » inconnue de {2}</source>
        <translation>passage of {0}: modality “{1}” unknown to {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>durée {0} : {1}</source>
        <translation>duration {0}: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>juré {0} : profil « {1} » inconnu de {2}</source>
        <translation>juror {0}: profile “{1}” unknown to {2}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>référentiel inconnu : « {0} » (connus : {1})</source>
        <translation>unknown référentiel: “{0}” (known: {1})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} relève de {1} : elle ne passe qu&apos;à une autre version de ce référentiel, pas à {2}</source>
        <translation>{0} comes under {1}: it can only move to another version of that référentiel, not to {2}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} utilise déjà {1}</source>
        <translation>{0} already uses {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>le jury a déjà travaillé sur {0} ({1}) : son référentiel ne change plus</source>
        <translation>the jury has already worked on {0} ({1}): its référentiel can no longer change</translation>
    </message>
    <message>
        <location filename="../../jury_app/actions/signing.py" line="-208"/>
        <source>{0} : ne signez pas ce document (vérifiez-le avec « jury-app report verify »)</source>
        <translation>{0}: do not sign this document (check it with “jury-app report verify”)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>la clé de {0} sur cet ordinateur n&apos;est pas celle que le responsable de session a enregistrée pour ce juré : signez sur l&apos;ordinateur où sont vos fichiers de résultats, ou demandez au responsable de vérifier votre certificat</source>
        <translation>the key of {0} on this computer is not the one the session lead registered for this juror: sign on the computer that holds your result files, or ask the session lead to check your certificate</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>le fichier a changé pendant la signature : recommencez</source>
        <translation>the file changed while it was being signed: start again</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>ce procès-verbal est celui de la session {0}, pas de {1}</source>
        <translation>this procès-verbal is session {0}&apos;s, not {1}&apos;s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} n&apos;a pas à signer ce procès-verbal (récusé pour chaque candidat)</source>
        <translation>{0} does not sign this procès-verbal (recused for every candidate)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} a déjà signé ce document</source>
        <translation>{0} has already signed this document</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>le fichier de certificats est celui de la session {0}, pas de {1}</source>
        <translation>the certificates file is session {0}&apos;s, not {1}&apos;s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ce fichier porte ses propres certificats, ajoutés par ceux qui l&apos;ont signé : donnez ceux du responsable de session ou de l&apos;archive avec --certs</source>
        <translation>this file carries its own certificates, added by those who signed it: give the session lead&apos;s or the archive&apos;s with --certs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>inconnue</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>session {0} absente de cet ordinateur : donnez les certificats des jurés avec --certs (fichier du responsable de session ou de l&apos;archive)</source>
        <translation>session {0} is not on this computer: give the jurors&apos; certificates with --certs (the session lead&apos;s file or the archive)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>signature manquante : {0} ({1})</source>
        <translation>missing signature: {0} ({1})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>aucune signature dans ce document</source>
        <translation>no signature in this document</translation>
    </message>
    <message>
        <location filename="../../jury_app/demo/package.py" line="+199"/>
        <source>pas de session de démonstration pour « {0} » (démonstrations : {1})</source>
        <translation>no demonstration session for “{0}” (demonstrations: {1})</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/session_draft.py" line="-119"/>
        <source>Session {0} : {1}</source>
        <translation>{0} session: {1}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>type de session inconnu pour {0} : « {1} » (types : {2})</source>
        <translation>unknown kind of session for {0}: “{1}” (kinds: {2})</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>« {0} », phase « {1} »</source>
        <translation>“{0}”, phase “{1}”</translation>
    </message>
    <message>
        <location filename="../../jury_app/reports/build/common.py" line="+2"/>
        <source>candidat inconnu : « {0} » (candidats de la session : {1})</source>
        <translation>unknown candidate: “{0}” (the session&apos;s candidates: {1})</translation>
    </message>
    <message>
        <location filename="../../jury_app/reports/build/feedback.py" line="+107"/>
        <source>le retour au candidat est réservé aux examens blancs (session « mock ») : une session certificative ne produit que les grilles et le procès-verbal</source>
        <translation>feedback to the candidate is only for mock exams (a “mock” session): a certifying session produces only the grids and the procès-verbal</translation>
    </message>
    <message>
        <location filename="../../jury_app/reports/build/grid.py" line="+414"/>
        <source>modalité inconnue : « {0} » (modalités : {1})</source>
        <translation>unknown modality: “{0}” (modalities: {1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} ne s&apos;applique pas à {1} (parcours {2})</source>
        <translation>{0} does not apply to {1} (path {2})</translation>
    </message>
    <message>
        <location filename="../../jury_app/reports/juror_keys.py" line="-24"/>
        <source>la clé privée de ce juré est introuvable sur cet ordinateur ({0})</source>
        <translation>this juror&apos;s private key cannot be found on this computer ({0})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>la clé privée {0} ne correspond pas au certificat enregistré</source>
        <translation>the private key {0} does not match the registered certificate</translation>
    </message>
    <message>
        <location filename="../../jury_app/reports/keys.py" line="+39"/>
        <source>phrase secrète incorrecte</source>
        <translation>wrong passphrase</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>la phrase secrète doit compter au moins {0} caractères</source>
        <translation>the passphrase must be at least {0} characters long</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>le nom du juré est vide</source>
        <translation>the juror&apos;s name is empty</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+26"/>
        <location line="+16"/>
        <location line="+11"/>
        <source>fichier de clé illisible</source>
        <translation>unreadable key file</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>la clé n&apos;est pas une clé ECDSA</source>
        <translation>the key is not an ECDSA key</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/results_file.py" line="+316"/>
        <source>la clé de signature n&apos;est pas une clé ECDSA P-256</source>
        <translation>the signing key is not an ECDSA P-256 key</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+68"/>
        <source>texte invalide (caractère hors Unicode)</source>
        <translation>invalid text (character outside Unicode)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>un objet JSON est attendu (fichier de résultats jury-app)</source>
        <translation>a JSON object is expected (jury-app result file)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ce n&apos;est pas un fichier de résultats jury-app (« {0} » attendu)</source>
        <translation>this is not a jury-app result file (“{0}” expected)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>version de format non prise en charge : {0} (attendu : {1})</source>
        <translation>unsupported format version: {0} (expected: {1})</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../jury_app/reports/keys.py" line="+8"/>
        <location line="+25"/>
        <source>certificat illisible</source>
        <translation>unreadable certificate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>le certificat ne porte pas une clé ECDSA P-256</source>
        <translation>the certificate does not hold an ECDSA P-256 key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signature illisible (base64 attendu)</source>
        <translation>unreadable signature (base64 expected)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>signature invalide : le fichier a été modifié après sa signature, ou n&apos;a pas été signé avec la clé de son certificat</source>
        <translation>invalid signature: the file was changed after it was signed, or was not signed with its certificate&apos;s key</translation>
    </message>
    <message>
        <location filename="../../jury_app/reports/lead_key.py" line="+56"/>
        <source>la clé privée {0} ne correspond pas au certificat {1}</source>
        <translation>the private key {0} does not match the certificate {1}</translation>
    </message>
    <message>
        <location filename="../../jury_app/reports/pdf_preview.py" line="+38"/>
        <source>PDF illisible</source>
        <translation>unreadable PDF</translation>
    </message>
    <message>
        <location filename="../../jury_app/reports/pv_request.py" line="+81"/>
        <source>ce fichier n&apos;est pas un fichier de certificats de procès-verbal de l&apos;application</source>
        <translation>this file is not one of the application&apos;s procès-verbal certificate files</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>« {0} » manque dans ce fichier de procès-verbal à signer</source>
        <translation>“{0}” is missing from this procès-verbal to be signed</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>« {0} » est trop volumineux</source>
        <translation>“{0}” is too large</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ce fichier n&apos;est pas un procès-verbal à faire signer de l&apos;application</source>
        <translation>this file is not one of the application&apos;s procès-verbal to be signed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fichier de procès-verbal à signer illisible</source>
        <translation>unreadable procès-verbal to be signed</translation>
    </message>
    <message>
        <location filename="../../jury_app/reports/signing.py" line="+54"/>
        <source>ce fichier n&apos;est pas un PDF</source>
        <translation>this file is not a PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF illisible ou endommagé</source>
        <translation>unreadable or damaged PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF chiffré : non pris en charge</source>
        <translation>encrypted PDF: not supported</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>formulaire du PDF illisible</source>
        <translation>unreadable PDF form</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nom de champ invalide : « {0} »</source>
        <translation>invalid field name: “{0}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nom de champ sans point ni espace : « {0} »</source>
        <translation>a field name has no dot or space: “{0}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nom de champ en double : « {0} »</source>
        <translation>duplicate field name: “{0}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {0} » est le début de « {1} » : noms ambigus</source>
        <translation>“{0}” is the beginning of “{1}”: ambiguous names</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aucun champ demandé</source>
        <translation>no field requested</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>le PDF est déjà signé : les champs de signature s&apos;ajoutent avant la première signature</source>
        <translation>the PDF is already signed: signature fields are added before the first signature</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>champ déjà présent dans le PDF : {0}</source>
        <translation>field already in the PDF: {0}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>impossible d&apos;ajouter les champs de signature</source>
        <translation>the signature fields cannot be added</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>structure du PDF illisible</source>
        <translation>unreadable PDF structure</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>aucun champ de signature « {0} » dans ce PDF</source>
        <translation>no signature field “{0}” in this PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le champ « {0} » est déjà signé</source>
        <translation>the field “{0}” is already signed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>la clé privée ne correspond pas au certificat</source>
        <translation>the private key does not match the certificate</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>signature impossible</source>
        <translation>signing failed</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>signature illisible : sa structure ne peut pas être lue</source>
        <translation>unreadable signature: its structure cannot be read</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>le contenu signé a été modifié : son empreinte ne correspond plus</source>
        <translation>the signed content was changed: its fingerprint no longer matches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>la valeur de la signature ne correspond pas au certificat</source>
        <translation>the signature&apos;s value does not match the certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificat inutilisable pour signer à cette date (usage ou dates de validité)</source>
        <translation>certificate not usable for signing at this date (usage or validity dates)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>le fichier a été modifié après cette signature autrement que par d&apos;autres signatures</source>
        <translation>the file was changed after this signature other than by further signatures</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>signatures illisibles</source>
        <translation>unreadable signatures</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>signature d&apos;un type non reconnu</source>
        <translation>signature of an unrecognised type</translation>
    </message>
    <message>
        <location filename="../../jury_app/reports/strokes.py" line="+40"/>
        <source>une liste de traits est attendue</source>
        <translation>a list of strokes is expected</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chaque trait doit être une liste de points</source>
        <translation>each stroke must be a list of points</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>chaque point doit être une paire [x, y]</source>
        <translation>each point must be an [x, y] pair</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>les coordonnées des points doivent être des nombres</source>
        <translation>the points&apos; coordinates must be numbers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>signature trop détaillée ({0} points, au plus {1})</source>
        <translation>signature too detailed ({0} points, at most {1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>la signature est vide : tracez-la dans le cadre</source>
        <translation>the signature is empty: draw it in the box</translation>
    </message>
    <message>
        <location filename="../../jury_app/domain/closing.py" line="+63"/>
        <source>grille de {0} pour « {1} » absente de cet ordinateur</source>
        <translation>grid of {0} for “{1}” not on this computer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>grille de {0} pour « {1} » incomplète</source>
        <translation>grid of {0} for “{1}” incomplete</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>heures en entreprise non renseignées ({0} h exigées)</source>
        <translation>in-company hours not filled in ({0} h required)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} h en entreprise sur {1} h exigées</source>
        <translation>{0} h in a company out of the {1} h required</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>preuve des périodes en entreprise absente du dossier de session</source>
        <translation>proof of the in-company periods missing from the session file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} : à résoudre par le responsable de session</source>
        <translation>{0}: for the session lead to resolve</translation>
    </message>
    <message>
        <location filename="../../jury_app/reports/pv_checks.py" line="+127"/>
        <source>ce PDF n&apos;est pas le procès-verbal généré pour la session {0}</source>
        <translation>this PDF is not the procès-verbal generated for session {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>procès-verbal généré alors qu&apos;une délibération était ouverte : il ne peut pas être signé</source>
        <translation>procès-verbal generated while a deliberation was open: it cannot be signed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>le champ {0} n&apos;est celui d&apos;aucun juré qui doit signer</source>
        <translation>field {0} belongs to no juror who must sign</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ce certificat n&apos;est pas celui enregistré pour {0}</source>
        <translation>this certificate is not the one registered for {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>aucun certificat enregistré pour {0} : signature non reconnue</source>
        <translation>no certificate registered for {0}: signature not recognised</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ({1}) : {2}</source>
        <translation>{0} ({1}): {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>le fichier a été modifié après la dernière signature</source>
        <translation>the file was changed after the last signature</translation>
    </message>
    <message>
        <location filename="../../jury_app/reports/pv_issue.py" line="+116"/>
        <source>le fichier a été modifié après sa génération autrement que par des signatures</source>
        <translation>the file was changed after it was generated other than by signatures</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ce procès-verbal a été généré alors qu&apos;une délibération était ouverte : il ne peut pas être signé ; générez-le à nouveau une fois toutes les délibérations closes</source>
        <translation>this procès-verbal was generated while a deliberation was open: it cannot be signed; generate it again once every deliberation is closed</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ce procès-verbal est celui de la session {0}, pas de la session {1}</source>
        <translation>this procès-verbal is session {0}&apos;s, not session {1}&apos;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ce procès-verbal n&apos;est pas l&apos;un de ceux que cet ordinateur a générés pour la session {0}, ou il a été modifié avant d&apos;être signé</source>
        <translation>this procès-verbal is not one that this computer generated for session {0}, or it was changed before being signed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ce PDF n&apos;est pas un procès-verbal généré par l&apos;application pour la session {0}</source>
        <translation>this PDF is not a procès-verbal generated by the application for session {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>un procès-verbal plus récent a été généré le {0} : celui-ci est remplacé</source>
        <translation>a more recent procès-verbal was generated on {0}: this one is replaced</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>la délibération a changé depuis la génération de ce procès-verbal (réouverture, décision, motif ou identité d&apos;un candidat) : il est remplacé ; générez-le à nouveau</source>
        <translation>the deliberation has changed since this procès-verbal was generated (a reopening, a decision, a reason or a candidate&apos;s identity): it is replaced; generate it again</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/archive_file.py" line="+325"/>
        <source>manifest.json : un objet JSON est attendu</source>
        <translation>manifest.json: a JSON object is expected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manifest.json : ce n&apos;est pas une archive de session (format « {0} »)</source>
        <translation>manifest.json: this is not a session archive (format “{0}”)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manifest.json : version de format non prise en charge ({0})</source>
        <translation>manifest.json: unsupported format version ({0})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>manifest.json : session absente ou incomplète</source>
        <translation>manifest.json: session missing or incomplete</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>manifest.json : liste des fichiers absente ou mal formée</source>
        <translation>manifest.json: list of files missing or malformed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manifest.json : résultat de la vérification du journal d&apos;audit absent</source>
        <translation>manifest.json: result of the audit trail check missing</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/archive_reader.py" line="+88"/>
        <source>la session {0} est absente de la base archivée</source>
        <translation>session {0} is not in the archived database</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>ce n&apos;est pas une archive de session (manifest.json ou database.sqlite3 absent)</source>
        <translation>this is not a session archive (manifest.json or database.sqlite3 missing)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>base de données archivée modifiée : somme de contrôle différente du manifeste</source>
        <translation>archived database altered: its checksum differs from the manifest&apos;s</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/archive_register.py" line="+127"/>
        <source>registre des archives illisible (format inattendu)</source>
        <translation>archive register unreadable (unexpected format)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registre des archives illisible (listes attendues)</source>
        <translation>archive register unreadable (lists expected)</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/backup.py" line="+148"/>
        <source>Base de données introuvable : {0}</source>
        <translation>Database not found: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impossible d&apos;ouvrir {0} en lecture : {1}</source>
        <translation>Cannot open {0} for reading: {1}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+158"/>
        <source>base illisible : {0}</source>
        <translation>unreadable database: {0}</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>vérification d&apos;intégrité sans résultat</source>
        <translation>integrity check gave no result</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Copie de la base impossible : {0}</source>
        <translation>The database could not be copied: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La copie de la base est défectueuse : {0}</source>
        <translation>The copy of the database is faulty: {0}</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>illisible : {0}</source>
        <translation>unreadable: {0}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ce fichier n&apos;est pas une base de données de l&apos;application</source>
        <translation>this file is not a database of the application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base d&apos;une version plus récente de l&apos;application (schéma {0}, celle-ci connaît {1})</source>
        <translation>database from a newer version of the application (schema {0}, this one knows {1})</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Restauration impossible : {0}</source>
        <translation>The backup could not be restored: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La base restaurée est défectueuse : {0}</source>
        <translation>The restored database is faulty: {0}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Copie de la session incohérente : {0} référence(s) orpheline(s)</source>
        <translation>Inconsistent copy of the session: {0} orphan reference(s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Préparation de la copie de la session impossible : {0}</source>
        <translation>The copy of the session could not be prepared: {0}</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/credentials.py" line="-15"/>
        <source>le code doit compter au moins {0} chiffres</source>
        <translation>the PIN must have at least {0} digits</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} n&apos;a pas encore de code personnel sur cet ordinateur : il le choisit en se connectant (écran « Qui êtes-vous ? », ou jury-app jurors pin) avant de créer sa clé, signer ou exporter</source>
        <translation>{0} has no personal PIN on this computer yet: they choose it when signing in (the “Who are you?” screen, or jury-app jurors pin) before creating their key, signing or exporting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code personnel incorrect pour {0}</source>
        <translation>wrong personal PIN for {0}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>ce juré n&apos;a ni code personnel ni clé sur cet ordinateur : rien à réinitialiser</source>
        <translation>this juror has neither a personal PIN nor a key on this computer: nothing to reset</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>entrée n° {0} : réinitialisation d&apos;un juré illisible</source>
        <translation>entry no. {0}: unreadable reset of a juror</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entrée n° {0} : réinitialisation de {1} sans signature valide du responsable de session</source>
        <translation>entry no. {0}: reset of {1} without a valid signature of the session lead</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entrée n° {0} : réinitialisation de {1} signée par une clé qui n&apos;est pas celle du responsable de session de ce poste</source>
        <translation>entry no. {0}: reset of {1} signed with a key that is not the one of this computer&apos;s session lead</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/db.py" line="+123"/>
        <source>Cette base de données a été écrite par une version plus récente de l&apos;application (schéma {0}, celle-ci connaît {1}) : mettez l&apos;application à jour. Rien n&apos;a été modifié.</source>
        <translation>This database was written by a newer version of the application (schema {0}, this one knows {1}): update the application. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Impossible d&apos;ouvrir ou de mettre à jour la base de données {0} ({1}).</source>
        <translation>Cannot open or update the database {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/errors.py" line="+33"/>
        <source>fichier endommagé</source>
        <translation>damaged file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ce n&apos;est pas une base SQLite</source>
        <translation>not an SQLite database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fichier impossible à ouvrir</source>
        <translation>file cannot be opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fichier en lecture seule</source>
        <translation>read-only file</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/data/files.py" line="+74"/>
        <source>accès refusé</source>
        <translation>access denied</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/data/files.py" line="+7"/>
        <source>disque plein</source>
        <translation>disk full</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>base occupée par un autre programme</source>
        <translation>database in use by another program</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jury_app/data/files.py" line="+1"/>
        <source>erreur de lecture ou d&apos;écriture sur le disque</source>
        <translation>disk read or write error</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>erreur SQLite {0}</source>
        <translation>SQLite error {0}</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/files.py" line="-18"/>
        <source>c&apos;est un dossier, pas un fichier</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>c&apos;est un tube nommé, pas un fichier ordinaire</source>
        <translation>this is a named pipe, not a regular file</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>c&apos;est un périphérique, pas un fichier ordinaire</source>
        <translation>this is a device, not a regular file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>c&apos;est un point de connexion (socket), pas un fichier ordinaire</source>
        <translation>this is a socket, not a regular file</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+48"/>
        <source>fichier introuvable</source>
        <translation>file not found</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>opération non permise</source>
        <translation>operation not permitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>c&apos;est un dossier</source>
        <translation>this is a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>un élément du chemin n&apos;est pas un dossier</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nom de fichier trop long</source>
        <translation>file name too long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trop de liens symboliques</source>
        <translation>too many symbolic links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support en lecture seule</source>
        <translation>read-only medium</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fichier occupé</source>
        <translation>file busy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fichier momentanément indisponible</source>
        <translation>file temporarily unavailable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>erreur système {0}</source>
        <translation>system error {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>erreur système</source>
        <translation>system error</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} : {1} est attendu</source>
        <translation>{0}: {1} is expected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ce n&apos;est pas un fichier ordinaire : {0} est attendu</source>
        <translation>this is not a regular file: {0} is expected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fichier trop volumineux ({0}) : {1} fait au plus {2}</source>
        <translation>file too large ({0}): {1} is at most {2}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>fichier inaccessible ({0})</source>
        <translation>file inaccessible ({0})</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+21"/>
        <source>lecture impossible ({0})</source>
        <translation>cannot be read ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fichier trop volumineux : {0} fait au plus {1}</source>
        <translation>file too large: {0} is at most {1}</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/health.py" line="-225"/>
        <source>vérification sans résultat</source>
        <translation>check gave no result</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>un journal d&apos;écriture (-wal) qui n&apos;appartient pas à cette base se trouvait à côté d&apos;elle ({0}) ; il a été mis de côté sans être appliqué, sous le nom {1}</source>
        <translation>a write-ahead log (-wal) that does not belong to this database was beside it ({0}); it was set aside without being applied, under the name {1}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ce n&apos;est pas un fichier</source>
        <translation>this is not a file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>le fichier est vide (0 octet), son contenu a été perdu</source>
        <translation>the file is empty (0 bytes), its content was lost</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ce n&apos;est pas une base SQLite lisible (en-tête absent ou endommagé)</source>
        <translation>this is not a readable SQLite database (header missing or damaged)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>le fichier est tronqué ({0} octets au lieu de {1})</source>
        <translation>the file is truncated ({0} bytes instead of {1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>le fichier est tronqué ({0} octets, pas un nombre entier de pages de {1})</source>
        <translation>the file is truncated ({0} bytes, not a whole number of {1}-byte pages)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pages de {0} octets au lieu de {1}</source>
        <translation>pages of {0} bytes instead of {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>base illisible</source>
        <translation>unreadable database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>la base vue à travers lui est incohérente</source>
        <translation>the database seen through it is inconsistent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite y trouve des pages endommagées ({0})</source>
        <translation>SQLite finds damaged pages in it ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>il vient d&apos;une autre base</source>
        <translation>it comes from another database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>c&apos;est la base de données d&apos;un autre programme</source>
        <translation>it is another program&apos;s database</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le dossier de données {0} est en lecture seule : l&apos;application ne peut rien y enregistrer, et n&apos;a rien modifié. Vérifiez les droits d&apos;accès à ce dossier et à ses fichiers (ou que le support n&apos;est pas protégé en écriture), puis relancez.</source>
        <translation>The data folder {0} is read-only: the application cannot save anything there, and changed nothing. Check the access rights to this folder and its files (or that the medium is not write-protected), then start again.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Aucune sauvegarde en bon état dans {0}. Pour repartir d&apos;une base vide, déplacez ce fichier (et ses fichiers -wal et -shm s&apos;il y en a) hors du dossier de données.</source>
        <translation>No backup in good condition in {0}. To start again from an empty database, move this file (and its -wal and -shm files, if any) out of the data folder.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sauvegarde la plus récente en bon état : {0} (du {1}).
Pour la restaurer : {2}
(la base actuelle est alors conservée à côté, sous un autre nom)</source>
        <translation>Newest backup in good condition: {0} (of {1}).
To restore it: {2}
(the current database is then kept beside it, under another name)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>La base de données {0} n&apos;a pas été ouverte : {1}. La base elle-même est intacte : relancez l&apos;application pour la retrouver telle qu&apos;elle était avant ce fichier, ou restaurez une sauvegarde.</source>
        <translation>The database {0} was not opened: {1}. The database itself is intact: start the application again to find it as it was before this file, or restore a backup.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>La base de données {0} est endommagée : {1}. L&apos;application ne l&apos;ouvre pas et n&apos;y a rien écrit.</source>
        <translation>The database {0} is damaged: {1}. The application does not open it and has written nothing to it.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SQLite la déclare endommagée en la lisant</source>
        <translation>SQLite reports it damaged while reading it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La base de données {0} ne peut pas être modifiée (dossier ou fichier en lecture seule, ou inaccessible) : rien n&apos;a été enregistré. Vérifiez les droits d&apos;accès au dossier de données.</source>
        <translation>The database {0} cannot be changed (folder or file read-only, or inaccessible): nothing was saved. Check the access rights to the data folder.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>La base de données {0} est occupée par un autre programme (une autre fenêtre de l&apos;application ?) : rien n&apos;a été enregistré. Réessayez dans un instant.</source>
        <translation>The database {0} is in use by another program (another window of the application?): nothing was saved. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erreur de lecture ou d&apos;écriture sur le disque de la base de données {0} (support retiré ou défaillant ?) : rien n&apos;a été enregistré.</source>
        <translation>Read or write error on the disk of the database {0} (medium removed or failing?): nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/results_format.py" line="+41"/>
        <source>date et heure UTC attendues sous forme de texte (AAAA-MM-JJTHH:MM:SSZ)</source>
        <translation>a UTC date and time is expected as text (YYYY-MM-DDTHH:MM:SSZ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date et heure invalides (attendu : AAAA-MM-JJTHH:MM:SSZ, en UTC)</source>
        <translation>invalid date and time (expected: YYYY-MM-DDTHH:MM:SSZ, in UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date et heure en UTC attendues (suffixe Z ou +00:00)</source>
        <translation>a date and time in UTC is expected (suffix Z or +00:00)</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>« {0} » hors du périmètre du fichier</source>
        <translation>“{0}” outside the file&apos;s scope</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>candidat en double</source>
        <translation>candidate listed twice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>déclaration en double pour « {0} »</source>
        <translation>declaration given twice for “{0}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>une récusation doit préciser la nature du lien</source>
        <translation>a recusal must state the nature of the link</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>grille en double : {0} / {1}</source>
        <translation>grid given twice: {0} / {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>note vide</source>
        <translation>empty note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>déroulé en double : {0} / {1}</source>
        <translation>run given twice: {0} / {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>numéros d&apos;ordre en double ou dans le désordre</source>
        <translation>sequence numbers repeated or out of order</translation>
    </message>
    <message>
        <location filename="../../jury_app/data/results_merge/conflicts.py" line="+70"/>
        <source>{0} : {1} ({2} versions)</source>
        <translation>{0}: {1} ({2} versions)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>conflit inconnu dans la session {0} : n° {1}</source>
        <translation>unknown conflict in session {0}: no. {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le conflit n° {0} est déjà résolu ({1}) : {2}</source>
        <translation>conflict no. {0} is already resolved ({1}): {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choix impossible : {0} (versions proposées : 1 à {1})</source>
        <translation>impossible choice: {0} (versions offered: 1 to {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>indiquez le motif de ce choix : il figure au journal d&apos;audit</source>
        <translation>give the reason for this choice: it goes into the audit trail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>la délibération de {0} est close ; rouvrez-la (avec un motif) d&apos;abord</source>
        <translation>the deliberation of {0} is closed; reopen it (with a reason) first</translation>
    </message>
</context>
<context>
    <name>ActionRunner</name>
    <message>
        <location filename="../../jury_app/ui/common/action_runner.py" line="+67"/>
        <source>Refusé — {0} : {1}</source>
        <translation>Refused — {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusé : {0}</source>
        <translation>Refused: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rien n&apos;a été perdu : ce qui était enregistré l&apos;est toujours.</source>
        <translation>Nothing was lost: what was saved still is.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cette saisie n&apos;est pas enregistrée ; les précédentes restent intactes. Réessayez ; si cela se reproduit, continuez sur la grille papier (Documents) et prévenez le responsable de session.</source>
        <translation>This entry is not saved; earlier ones are intact. Try again; if it happens again, carry on with the paper grid (Documents) and tell the session lead.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Détails pour l&apos;assistance : {0}</source>
        <translation>Details for support: {0}</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Action impossible</source>
        <translation>Action not possible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action refusée</source>
        <translation>Action refused</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>{0}
{1} Mo traités</source>
        <translation>{0}
{1} MB processed</translation>
    </message>
</context>
<context>
    <name>ActorView</name>
    <message>
        <location filename="../../jury_app/ui/modality/actor_view.py" line="+22"/>
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
        <location line="+11"/>
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
    <name>CandidateFilter</name>
    <message>
        <location filename="../../jury_app/ui/common/candidate_filter.py" line="+17"/>
        <source>Tous les candidats</source>
        <translation>All candidates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>À délibérer</source>
        <translation>To deliberate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avec désaccords</source>
        <translation>With disagreements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absents</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clos</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nom ou numéro du candidat</source>
        <translation>Candidate&apos;s name or number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechercher un candidat par son nom ou son numéro ; les accents sont ignorés</source>
        <translation>Search for a candidate by name or number; accents are ignored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechercher un candidat</source>
        <translation>Search for a candidate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Effacer la recherche</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candidats montrés</source>
        <translation>Candidates shown</translation>
    </message>
</context>
<context>
    <name>CandidateList</name>
    <message>
        <location filename="../../jury_app/ui/deliberation/candidate_list.py" line="+35"/>
        <source>close ✔</source>
        <translation>closed ✔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prête à clore</source>
        <translation>ready to close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>à délibérer · 1 problème</source>
        <translation>to deliberate · 1 issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>à délibérer · {0} problèmes</source>
        <translation>to deliberate · {0} issues</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Candidats à délibérer</source>
        <translation>Candidates to deliberate on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez un candidat (↑/↓)</source>
        <translation>Choose a candidate (↑/↓)</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <location filename="../../jury_app/ui/wizard/list_pages.py" line="+191"/>
        <source>Les candidats</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saisissez-les, ou importez la liste (le modèle XLSX décrit chaque colonne).</source>
        <translation>Type them in, or import the list (the XLSX template describes each column).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ajouter un candidat</source>
        <translation>Add a candidate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer le candidat</source>
        <translation>Remove the candidate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importer une liste (CSV, XLSX)…</source>
        <translation>Import a list (CSV, XLSX)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates : JJ/MM/AAAA. Parcours : formation, VAE ou capitalisation. Temps supplémentaire en % (la raison n&apos;est jamais demandée).</source>
        <translation>Dates: DD/MM/YYYY. Path: formation, VAE or capitalisation. Extra time in % (the reason is never asked).</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <location line="+25"/>
        <source>Fiches scénario</source>
        <translation>Scenario cards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pour la mise en situation : chaque fiche est tirée au sort une fois par jour au plus.</source>
        <translation>For the role play: each card is drawn by lot at most once a day.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ajouter une fiche</source>
        <translation>Add a card</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retirer la fiche</source>
        <translation>Remove the card</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importer une liste (CSV, XLSX)…</source>
        <translation>Import a list (CSV, XLSX)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le titre n&apos;est jamais montré au candidat ; le jury lui annonce le type de structure.</source>
        <translation>The title is never shown to the candidate; the jury tells them the type of organisation.</translation>
    </message>
</context>
<context>
    <name>CertificationPage</name>
    <message>
        <location filename="../../jury_app/ui/wizard/start_pages.py" line="+57"/>
        <source>Certification et type de session</source>
        <translation>Certification and kind of session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez le référentiel, puis la session à tenir.</source>
        <translation>Choose the référentiel, then the session to hold.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charger un référentiel…</source>
        <translation>Load a référentiel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un référentiel au format JSON publié (jury-app referentiel show)</source>
        <translation>A référentiel in the published JSON format (jury-app referentiel show)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certification :</source>
        <translation>Certification:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type de session</source>
        <translation>Kind of session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session :</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examen blanc (entraînement, sans valeur certificative)</source>
        <translation>Mock exam (rehearsal, no certifying value)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pour un formateur : la session est répétée avec une promotion ; rien n&apos;y est officiel.</source>
        <translation>For a trainer: the session is rehearsed with a cohort; nothing in it is official.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (fichier)</source>
        <translation> (file)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} : {1} ; {2} sessions.</source>
        <translation>{0}: {1}; {2} sessions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Enregistrement jusqu&apos;au {0}.</source>
        <translation> Registered until {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charger un référentiel</source>
        <translation>Load a référentiel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Référentiels (*.json)</source>
        <translation>Référentiels (*.json)</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../jury_app/ui/modality/checklist.py" line="+229"/>
        <source>Grille d&apos;évaluation</source>
        <translation>Assessment grid</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <source>Suivant à faire (F3)</source>
        <translation>Next to do (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aller au prochain critère sans note ou jugement à poser (F3)</source>
        <translation>Go to the next unmarked criterion or judgement to set (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aller au prochain critère ou jugement à faire</source>
        <translation>Go to the next criterion or judgement to do</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compétences et critères</source>
        <translation>Competences and criteria</translation>
    </message>
    <message>
        <location line="+77"/>
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
        <location filename="../../jury_app/ui/overview/closing_dialog.py" line="+17"/>
        <source>Vérification de clôture</source>
        <translation>Closing check</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tout est complet : rien ne manque.</source>
        <translation>Everything is complete: nothing is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} élément(s) manquant(s) :</source>
        <translation>{0} item(s) missing:</translation>
    </message>
    <message>
        <location line="-21"/>
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
    <message>
        <location line="+20"/>
        <source>{0} élément(s) manquant(s), dont {1} pour les candidats choisis :</source>
        <translation>{0} missing item(s), {1} of them for the candidates chosen:</translation>
    </message>
</context>
<context>
    <name>CompetenceBox</name>
    <message>
        <location filename="../../jury_app/ui/modality/checklist.py" line="-237"/>
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
        <location line="+17"/>
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
        <location line="+30"/>
        <source>Sans critère détaillé : jugez la compétence directement</source>
        <translation>No detailed criteria: judge the competence directly</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../jury_app/ui/results/conflicts_dialog.py" line="+48"/>
        <source>Conflits entre ordinateurs</source>
        <translation>Conflicts between computers</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflit et ses versions</source>
        <translation>Conflict and its versions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflits et leurs versions</source>
        <translation>Conflicts and their versions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version à garder</source>
        <translation>Version to keep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version à garder :</source>
        <translation>Version to keep:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pourquoi cette version (inscrit au journal d&apos;audit)</source>
        <translation>Why this version (written to the audit trail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif du choix</source>
        <translation>Reason for the choice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Motif :</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Garder cette version</source>
        <translation>Keep this version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporter (CSV)…</source>
        <translation>Export (CSV)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} conflit(s) à résoudre, {1} résolu(s). Tant qu&apos;un conflit est ouvert, la délibération du candidat ne peut pas être close.</source>
        <translation>{0} conflict(s) to resolve, {1} resolved. While a conflict is open, the candidate&apos;s deliberation cannot be closed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucun conflit : les fichiers des jurés concordent.</source>
        <translation>No conflict: the jurors&apos; files agree.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>à résoudre</source>
        <translation>to resolve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>résolu : version {0}</source>
        <translation>resolved: version {0}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Conflit n° {0} résolu : version {1} gardée.</source>
        <translation>Conflict no. {0} resolved: version {1} kept.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporter les conflits</source>
        <translation>Export the conflicts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} conflit(s) exporté(s) : {1}</source>
        <translation>{0} conflict(s) exported: {1}</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../jury_app/ui/modality/grid_rows.py" line="+68"/>
        <source>1 = satisfait, 2 = non satisfait, 3 = non observé, 0 ou Suppr = effacer (rangée du haut, majuscule ou non, ou pavé numérique) ; ↑/↓ ou Tab : ligne suivante ou précédente</source>
        <translation>1 = met, 2 = not met, 3 = not observed, 0 or Del = clear (top row, shifted or not, or keypad); ↑/↓ or Tab: next or previous row</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+27"/>
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
    <name>DecisionRow</name>
    <message>
        <location filename="../../jury_app/ui/deliberation/decisions_panel.py" line="+247"/>
        <source>Décision du jury :</source>
        <translation>Jury&apos;s decision:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Délivrée</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non délivrée</source>
        <translation>Not awarded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Délivré</source>
        <translation>Awarded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non délivré</source>
        <translation>Not awarded</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Acquis</source>
        <translation>Acquired</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Non acquis</source>
        <translation>Not acquired</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Évaluation complémentaire</source>
        <translation>Complementary assessment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Décision du jury sur {0}</source>
        <translation>Jury&apos;s decision on {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Décision du jury sur {0} (enregistrée dès le choix)</source>
        <translation>Jury&apos;s decision on {0} (saved as soon as it is chosen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Motif de la décision sur {0}</source>
        <translation>Reason for the decision on {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Motif de la décision : obligatoire pour un refus ou un écart avec la proposition ; enregistré en quittant la zone</source>
        <translation>Reason for the decision: required for a refusal or a departure from the proposal; saved when you leave the box</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+92"/>
        <source>Motif obligatoire</source>
        <translation>Reason required</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Un refus ou un écart avec la proposition doit être motivé</source>
        <translation>A refusal or a departure from the proposal must be justified</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>La proposition découle des jugements communs ; le jury garde le dernier mot</source>
        <translation>The proposal follows from the common judgements; the jury has the final say</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Impossible à accorder : {0}</source>
        <translation>Cannot be granted: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Motif obligatoire : refus ou écart avec la proposition</source>
        <translation>Reason required: refusal or departure from the proposal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Motif (facultatif)</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} est proposée délivrée quand tous les {1} sont acquis (y compris ceux déjà détenus)</source>
        <translation>{0} is proposed for award when all {1} are acquired (including those already held)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} est proposé délivré quand tous les {1} sont acquis (y compris ceux déjà détenus)</source>
        <translation>{0} is proposed for award when all {1} are acquired (including those already held)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Motif obligatoire ✓</source>
        <translation>Reason required ✓</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <location line="-297"/>
        <source>≠ Désaccord des jurés</source>
        <translation>≠ Jurors disagree</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposition : acquise</source>
        <translation>Proposal: acquired</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposition : non acquise</source>
        <translation>Proposal: not acquired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun jugement des jurés</source>
        <translation>No judgement from the jurors</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proposition : délivrée</source>
        <translation>Proposal: awarded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposition : délivré</source>
        <translation>Proposal: awarded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposition : acquis</source>
        <translation>Proposal: acquired</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposition : non délivrée</source>
        <translation>Proposal: not awarded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposition : non délivré</source>
        <translation>Proposal: not awarded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposition : non acquis</source>
        <translation>Proposal: not acquired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposition : à apprécier</source>
        <translation>Proposal: for the jury to decide</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Jugement commun du jury : {0}</source>
        <translation>Jury&apos;s common judgement: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jugement commun du jury sur {0} — {1}. Le jury décide ; la proposition n&apos;est qu&apos;indicative.</source>
        <translation>Jury&apos;s common judgement on {0} — {1}. The jury decides; the proposal is only a guide.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Proposition tirée des jugements de {0} juré(s) dans les modalités qui évaluent {1}</source>
        <translation>Proposal based on the judgements of {0} juror(s) in the assessments that assess {1}</translation>
    </message>
    <message>
        <location line="+304"/>
        <source>1. Jugement commun du jury par compétence</source>
        <translation>1. Jury&apos;s common judgement per competence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jugement commun du jury par compétence</source>
        <translation>Jury&apos;s common judgement per competence</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Aucune compétence à juger pour ce candidat.</source>
        <translation>No competence to judge for this candidate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2. Décisions du jury</source>
        <translation>2. Jury&apos;s decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Décisions du jury</source>
        <translation>Jury&apos;s decisions</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ℹ Un candidat qui échoue à la {0} conserve les {1} acquis.</source>
        <translation>ℹ A candidate who fails the {0} keeps the {1} acquired.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ℹ Un candidat qui échoue au {0} conserve les {1} acquis.</source>
        <translation>ℹ A candidate who fails the {0} keeps the {1} acquired.</translation>
    </message>
    <message>
        <location line="-472"/>
        <source>Aucune évaluation</source>
        <translation>No evaluation</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Contre l&apos;avis de chaque juré — motif : {0}</source>
        <translation>Against every juror&apos;s judgement — reason: {0}</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>Adopter l&apos;avis concordant des jurés sur chaque compétence, puis accorder ce qu&apos;il permet</source>
        <translation>Adopt the jurors&apos; concordant judgement on each competence, then grant what it allows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impossible : {0}</source>
        <translation>Not possible: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Adopter les propositions…</source>
        <translation>Adopt the proposals…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopter les propositions des jurés</source>
        <translation>Adopt the jurors&apos; proposals</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidat absent : aucune décision n&apos;est prise ; la délibération peut être close.</source>
        <translation>Candidate absent: no decision is taken; the deliberation can be closed.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source> (équivalence)</source>
        <translation> (equivalence)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} déjà acquis, sous {1} — justificatif : {2}</source>
        <translation>{0} already held, under {1} — proof: {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} déjà acquis, sous {1} — aucun justificatif : il ne compte pas</source>
        <translation>{0} already held, under {1} — no proof: it does not count</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <location filename="../../jury_app/ui/jurors/declaration_dialog.py" line="+25"/>
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
        <location line="+9"/>
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
    <name>DeliberationScreen</name>
    <message>
        <location filename="../../jury_app/ui/deliberation/deliberation_screen.py" line="+107"/>
        <location line="+1"/>
        <source>Délibération du jury</source>
        <translation>Jury deliberation</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>← Vue d&apos;ensemble</source>
        <translation>← Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenir à la vue d&apos;ensemble ; le motif en cours de frappe est enregistré</source>
        <translation>Back to the overview; the reason being typed is saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenir à la vue d&apos;ensemble</source>
        <translation>Back to the overview</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Délibération</source>
        <translation>Deliberation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candidat en délibération</source>
        <translation>Candidate under deliberation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parcours du candidat</source>
        <translation>Candidate&apos;s pathway</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pièces :</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pièces du candidat</source>
        <translation>The candidate&apos;s documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>aucune pièce jointe</source>
        <translation>no documents attached</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jurés récusés</source>
        <translation>Recused jurors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candidat absent : aucune décision n&apos;est à prendre ; la délibération peut être close.</source>
        <translation>Candidate absent: no decision to take; the deliberation can be closed.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Jugements communs et décisions</source>
        <translation>Common judgements and decisions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ce qui empêche de clore la délibération</source>
        <translation>What prevents closing the deliberation</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+142"/>
        <location line="+146"/>
        <source>Clore la délibération</source>
        <translation>Close the deliberation</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>Clore la délibération du candidat</source>
        <translation>Close the candidate&apos;s deliberation</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Délibération — {0}</source>
        <translation>Deliberation — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} · parcours {1}</source>
        <translation>{0} · pathway {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {0} déjà détenus : {1}</source>
        <translation> · {0} already held: {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Récusé(e) pour ce candidat : {0} — ne l&apos;évalue pas et ne délibère pas sur lui.</source>
        <translation>Recused for this candidate: {0} — does not assess or deliberate on them.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Délibération close.</source>
        <translation>Deliberation closed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pour clore, il reste {0} point(s) :</source>
        <translation>Before closing, {0} point(s) remain:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tout est décidé : la délibération peut être close.</source>
        <translation>Everything is decided: the deliberation can be closed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clore et verrouiller la délibération de ce candidat (Ctrl+Entrée)</source>
        <translation>Close and lock this candidate&apos;s deliberation (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impossible de clore tant que la liste ci-dessus n&apos;est pas vide</source>
        <translation>Cannot close while the list above is not empty</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ouvrir « {0} »</source>
        <translation>Open “{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir {0}</source>
        <translation>Open {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fichier introuvable : {0}</source>
        <translation>File not found: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aucun programme n&apos;a pu ouvrir « {0} » ({1}).</source>
        <translation>No program could open “{0}” ({1}).</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>La délibération ne peut pas encore être close :</source>
        <translation>The deliberation cannot be closed yet:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clore la délibération de {0} ? Les décisions seront verrouillées ; il faudra indiquer un motif pour la rouvrir.</source>
        <translation>Close the deliberation for {0}? The decisions will be locked; a reason will be needed to reopen it.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ouvrir la séance du jury</source>
        <translation>Open the jury&apos;s sitting</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rouvrir la délibération</source>
        <translation>Reopen the deliberation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pourquoi rouvrir la délibération de {0} ? (motif consigné)</source>
        <translation>Why reopen the deliberation for {0}? (the reason is recorded)</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Clore malgré les manques…</source>
        <translation>Close despite what is missing…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chaque élément manquant demande un motif, consigné au procès-verbal (Ctrl+Entrée)</source>
        <translation>Each missing item needs a reason, recorded in the minutes (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Jugement commun contre l&apos;avis des jurés</source>
        <translation>Common judgement against the jurors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} : ce jugement s&apos;écarte de celui de chaque juré. Pourquoi ? (motif au procès-verbal)</source>
        <translation>{0}: this judgement departs from every juror&apos;s. Why? (reason in the minutes)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Adopter les propositions</source>
        <translation>Adopt the proposals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopter pour {0} le jugement des jurés sur chaque compétence où ils concordent, puis accorder chaque CCP et le titre que ces jugements permettent ? Les désaccords et les refus restent à décider, avec leur motif.</source>
        <translation>For {0}, adopt the jurors&apos; judgement on each competence where they agree, then grant each CCP and the title these judgements allow? Disagreements and refusals are left to decide, with their reason.</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../../jury_app/ui/modality/document_panel.py" line="+30"/>
        <source>Documents évalués</source>
        <translation>Documents assessed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Modalité évaluée sur document</source>
        <translation>Assessed on documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pas de chronomètre : ouvrez le document du candidat, puis jugez chaque compétence dans la grille (acquis ou non acquis, avec une observation).</source>
        <translation>No timer: open the candidate&apos;s document, then judge each competence in the grid (acquired or not acquired, with an observation).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ouvrir : {0}</source>
        <translation>Open: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir « {0} » dans le lecteur de PDF</source>
        <translation>Open “{0}” in the PDF reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir {0}</source>
        <translation>Open {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents attendus : {0}</source>
        <translation>Documents expected: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucun document de ce type dans le paquet pour ce candidat (attendu : {0}).</source>
        <translation>No document of this kind in the package for this candidate (expected: {0}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aucun programme n&apos;a pu ouvrir « {0} ».</source>
        <translation>No program could open “{0}”.</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <location filename="../../jury_app/ui/documents/documents_menu.py" line="+46"/>
        <source>Grilles d&apos;évaluation du candidat (PDF)…</source>
        <translation>Candidate&apos;s assessment grids (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grilles vierges de secours (PDF)…</source>
        <translation>Blank back-up grids (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retour au candidat — examen blanc (PDF)…</source>
        <translation>Feedback to the candidate — mock exam (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retours de tous les candidats — examen blanc (PDF)…</source>
        <translation>Feedback for every candidate — mock exam (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ma signature manuscrite…</source>
        <translation>My handwritten signature…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Générer le procès-verbal</source>
        <translation>Generate the official report (PV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer le procès-verbal…</source>
        <translation>Sign the official report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifier les signatures du procès-verbal</source>
        <translation>Verify the official report&apos;s signatures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer une copie du procès-verbal…</source>
        <translation>Save a copy of the official report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procès-verbal à faire signer (autres ordinateurs)…</source>
        <translation>Official report to be signed (other computers)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer un procès-verbal reçu…</source>
        <translation>Sign an official report received…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importer un procès-verbal signé…</source>
        <translation>Import a signed official report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Résultats de la session (CSV)…</source>
        <translation>Session results (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résultats de la session (XLSX)…</source>
        <translation>Session results (XLSX)…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Candidat :</source>
        <translation>Candidate:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Document enregistré</source>
        <translation>Document saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} est enregistré. L&apos;ouvrir ?</source>
        <translation>{0} has been saved. Open it?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Grilles d&apos;évaluation</source>
        <translation>Assessment grids</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grilles vierges</source>
        <translation>Blank grids</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dossier des retours</source>
        <translation>Folder for the feedback</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retours d&apos;examen blanc</source>
        <translation>Mock exam feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} retours écrits dans {1}.</source>
        <translation>{0} feedback files written in {1}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retours des candidats…</source>
        <translation>Candidates&apos; feedback…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retour d&apos;examen blanc</source>
        <translation>Mock exam feedback</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Résultats de la session</source>
        <translation>Session results</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Procès-verbal déjà signé</source>
        <translation>Official report already signed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le procès-verbal signé n&apos;est plus à jour : la délibération a changé depuis. Le régénérer le remplace (l&apos;ancien est gardé à part) : chaque juré devra signer le nouveau. Continuer ?</source>
        <translation>The signed official report is out of date: the deliberation changed since. Generating it again replaces it (the old one is kept aside): each juror will have to sign the new one. Continue?</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+32"/>
        <source>Procès-verbal</source>
        <translation>Official report</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+32"/>
        <source>Le procès-verbal n&apos;a pas encore été généré.</source>
        <translation>The official report has not been generated yet.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>{0} — valide : {1} ; intacte : {2}</source>
        <translation>{0} — valid: {1}; intact: {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le procès-verbal est complet et valide : chaque juré qui doit signer a signé, avec le certificat enregistré à son nom, et c&apos;est le procès-verbal en vigueur.</source>
        <translation>The official report is complete and valid: every juror who must sign has signed, with the certificate registered in their name, and it is the official report in force.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signatures valides</source>
        <translation>Signatures valid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signatures à vérifier</source>
        <translation>Signatures to check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucune signature.</source>
        <translation>No signatures.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copie du procès-verbal</source>
        <translation>Copy of the official report</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>Procès-verbal à faire signer</source>
        <translation>Official report to be signed</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>PV à signer (*.jurypv)</source>
        <translation>Report to sign (*.jurypv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} est enregistré. Chaque juré l&apos;ouvre sur son ordinateur (Documents › Signer un procès-verbal reçu), puis vous le rapporte : Documents › Importer un procès-verbal signé.</source>
        <translation>{0} is saved. Each juror opens it on their computer (Documents › Sign an official report received), then brings it back to you: Documents › Import a signed official report.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Procès-verbal reçu</source>
        <translation>Official report received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PV à signer (*.jurypv);;PDF (*.pdf)</source>
        <translation>Report to sign (*.jurypv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Procès-verbal signé</source>
        <translation>Signed official report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PV signé (*.jurypv *.pdf)</source>
        <translation>Signed report (*.jurypv *.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Premier certificat d&apos;un juré</source>
        <translation>A juror&apos;s first certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premier certificat de {0} sur cet ordinateur. Tapez les 16 premiers caractères de l&apos;empreinte affichée sur son ordinateur quand il a signé :</source>
        <translation>First certificate of {0} on this computer. Type the first 16 characters of the fingerprint their computer showed when they signed:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Procès-verbal importé</source>
        <translation>Official report imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signé par : {0}.
{1}.</source>
        <translation>Signed by: {0}.
{1}.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../jury_app/ui/wizard/documents_page.py" line="+76"/>
        <location line="+11"/>
        <source>Documents des candidats</source>
        <translation>Candidates&apos; documents</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Glissez les PDF sur un candidat, ou n&apos;importe où dans la liste : ils sont reconnus à leur numéro ou à leur nom. Dossier professionnel, dossier projet, livret, attestations, résultats d&apos;ECF…</source>
        <translation>Drop the PDFs on a candidate, or anywhere in the list: they are recognised by number or name. Dossier professionnel, project file, livret, certificates, ECF results…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Candidat ou document</source>
        <translation>Candidate or document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type :</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>d&apos;après le nom du fichier</source>
        <translation>from the file name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ajouter des PDF au candidat…</source>
        <translation>Add PDFs to the candidate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir un dossier de PDF…</source>
        <translation>Open a folder of PDFs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changer le type</source>
        <translation>Change the kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remplacer…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>manque : {0}</source>
        <translation>missing: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} candidat(s) sans un document que les jurés ouvriront pendant l&apos;épreuve ; vous pourrez l&apos;ajouter plus tard (Session › Modifier la session).</source>
        <translation>{0} candidate(s) without a document the jurors will open during the assessment; you can add it later (Session › Edit the session).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>pas un PDF : ignoré</source>
        <translation>not a PDF: ignored</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Non associés (glissez-les sur un candidat) :
{0}</source>
        <translation>Not matched (drop them on a candidate):
{0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choisissez d&apos;abord un candidat dans la liste.</source>
        <translation>First choose a candidate in the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents du candidat</source>
        <translation>The candidate&apos;s documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dossier des documents</source>
        <translation>Folder of documents</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remplacer le document</source>
        <translation>Replace the document</translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <location filename="../../jury_app/ui/modality/draw_panel.py" line="+51"/>
        <source>Tirage au sort de la fiche scénario</source>
        <translation>Scenario card draw</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+77"/>
        <source>Tirer une fiche parmi celles qui n&apos;ont pas encore servi aujourd&apos;hui</source>
        <translation>Draw a card from those not yet used today</translation>
    </message>
    <message>
        <location line="-59"/>
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
        <source>Afficher la fiche…</source>
        <translation>Show the card…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le candidat est sorti se préparer : afficher le titre de la fiche pour les jurés</source>
        <translation>The candidate has left to prepare: show the card&apos;s title to the jurors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afficher la fiche pour les jurés</source>
        <translation>Show the card to the jurors</translation>
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
        <location line="+84"/>
        <source>Nouveau tirage</source>
        <translation>New draw</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Fiche scénario : pas encore tirée</source>
        <translation>Scenario card: not drawn yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tirez la fiche au sort avec le candidat avant de démarrer.</source>
        <translation>Draw the card with the candidate before starting.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fiche : {0}</source>
        <translation>Card: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fiche tirée : son contenu reste masqué tant que le candidat est présent</source>
        <translation>Card drawn: its content stays hidden while the candidate is present</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+52"/>
        <source>Raison du nouveau tirage (consignée comme incident) :</source>
        <translation>Reason for the new draw (recorded as an incident):</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Réutilisation d&apos;urgence…</source>
        <translation>Emergency reuse…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toutes les fiches ont déjà été tirées aujourd&apos;hui : en réutiliser une, pour un motif consigné comme incident au procès-verbal</source>
        <translation>Every card has been drawn today: reuse one, for a reason recorded as an incident in the minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Réutiliser une fiche déjà tirée aujourd&apos;hui</source>
        <translation>Reuse a card already drawn today</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Toutes les fiches ont déjà été tirées aujourd&apos;hui</source>
        <translation>Every card has been drawn today</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Réutilisation d&apos;urgence d&apos;une fiche</source>
        <translation>Emergency reuse of a card</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toutes les fiches ont déjà été tirées aujourd&apos;hui. Pourquoi en réutiliser une ? (consigné comme incident au procès-verbal)</source>
        <translation>Every card has been drawn today. Why reuse one? (recorded as an incident in the minutes)</translation>
    </message>
</context>
<context>
    <name>DurationsPage</name>
    <message>
        <location filename="../../jury_app/ui/wizard/plan_pages.py" line="+46"/>
        <source>Durées à définir</source>
        <translation>Durations to set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le référentiel laisse ces durées à la session : indiquez-les, rien n&apos;est deviné.</source>
        <translation>The référentiel leaves these durations to the session: set them, nothing is guessed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aucune durée à définir : le référentiel les fixe toutes.</source>
        <translation>No duration to set: the référentiel sets them all.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quand le référentiel fixe la durée d&apos;une modalité, ses phases à définir se la partagent : indiquez-en une, la dernière a le reste.</source>
        <translation>When the référentiel sets a modality&apos;s duration, its open phases share it: set one, the last one gets the rest.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>à définir</source>
        <translation>to set</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Ces phases se partagent {0} min : une seule suffit, l&apos;autre a le reste.</source>
        <translation>These phases share {0} min: one is enough, the other gets the rest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (phases à définir : {0} min en tout)</source>
        <translation> (open phases: {0} min in all)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>le reste : {0} min</source>
        <translation>the rest: {0} min</translation>
    </message>
</context>
<context>
    <name>ExportResultsDialog</name>
    <message>
        <location filename="../../jury_app/ui/results/export_dialog.py" line="+54"/>
        <source>Exporter mes résultats</source>
        <translation>Export my results</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Résultats de {0} : déclarations et grilles, dans un fichier signé avec votre clé. Remettez ce fichier au responsable de session (clé USB).</source>
        <translation>Results of {0}: declarations and grids, in a file signed with your key. Hand this file to the session lead (USB stick).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tous les candidats</source>
        <translation>All candidates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candidats exportés</source>
        <translation>Candidates exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidats :</source>
        <translation>Candidates:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fichier à écrire</source>
        <translation>File to write</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Première utilisation de votre clé : saisissez votre code personnel et choisissez une phrase secrète d&apos;au moins {0} caractères. Elle ne pourra pas être retrouvée si vous l&apos;oubliez.</source>
        <translation>First use of your key: enter your PIN and choose a passphrase of at least {0} characters. It cannot be recovered if you forget it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saisissez votre code personnel et votre phrase secrète pour signer le fichier.</source>
        <translation>Enter your PIN and your passphrase to sign the file.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enregistrer le fichier de résultats</source>
        <translation>Save the result file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Résultats (*.json)</source>
        <translation>Results (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Les deux saisies de la phrase secrète diffèrent.</source>
        <translation>The two passphrase entries do not match.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choisissez le fichier à écrire.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fichier écrit le {0} : {1}
{2} grille(s), {3} déclaration(s).
Empreinte de votre certificat, à communiquer au responsable de session : {4}</source>
        <translation>File written on {0}: {1}
{2} grid(s), {3} declaration(s).
Fingerprint of your certificate, to give to the session lead: {4}</translation>
    </message>
</context>
<context>
    <name>GridRows</name>
    <message>
        <location filename="../../jury_app/ui/modality/grid_rows.py" line="-89"/>
        <source>Critère : 1 satisfait · 2 non satisfait · 3 non observé · 0 effacer · ↑↓ critère · F3 non noté</source>
        <translation>Criterion: 1 met · 2 not met · 3 not observed · 0 clear · ↑↓ criterion · F3 unmarked</translation>
    </message>
</context>
<context>
    <name>HandwrittenSignatureDialog</name>
    <message>
        <location filename="../../jury_app/ui/signature/sign_dialog.py" line="+61"/>
        <source>Signature manuscrite — {0}</source>
        <translation>Handwritten signature — {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}, tracez votre signature dans le cadre avec la souris, un stylet ou le doigt. Elle figurera sur le procès-verbal de cette session.</source>
        <translation>{0}, draw your signature in the box with the mouse, a stylus or your finger. It will appear on this session&apos;s official report.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enregistrer la signature</source>
        <translation>Save the signature</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HurtDatabaseDialog</name>
    <message>
        <location filename="../../jury_app/ui/backups/hurt_dialog.py" line="+33"/>
        <source>Base de données endommagée</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../jury_app/ui/results/import_dialog.py" line="+65"/>
        <source>Importer des résultats de jurés</source>
        <translation>Import jurors&apos; results</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choisissez les fichiers de résultats remis par les jurés. Chaque fichier est vérifié (signature, session, clé du juré) avant d&apos;être importé ; un fichier refusé ne change rien.</source>
        <translation>Choose the result files handed in by the jurors. Each file is checked (signature, session, juror&apos;s key) before it is imported; a refused file changes nothing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choisir des fichiers…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contenu des fichiers</source>
        <translation>Contents of the files</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fichiers de résultats des jurés</source>
        <translation>Jurors&apos; result files</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Résultats (*.json)</source>
        <translation>Results (*.json)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fichier : {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Illisible ou altéré : {0}</source>
        <translation>  Unreadable or tampered with: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Juré : {0} ({1}) — exporté le {2}</source>
        <translation>  Juror: {0} ({1}) — exported on {2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  Session : {0} — {1} candidat(s), {2} grille(s), {3} déclaration(s)</source>
        <translation>  Session: {0} — {1} candidate(s), {2} grid(s), {3} declaration(s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Attention : ce fichier n&apos;est pas de la session ouverte ({0}).</source>
        <translation>  Warning: this file is not from the open session ({0}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>clé connue (celle enregistrée pour ce juré)</source>
        <translation>known key (the one recorded for this juror)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nouvelle clé, à confirmer ci-dessous</source>
        <translation>new key, to be confirmed below</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clé différente de celle enregistrée pour ce juré</source>
        <translation>key differs from the one recorded for this juror</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clé non vérifiable ici</source>
        <translation>key cannot be checked here</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Empreinte du certificat : {0} — {1}</source>
        <translation>  Certificate fingerprint: {0} — {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Déjà importé : l&apos;importer à nouveau le compare à la base.</source>
        <translation>  Already imported: importing it again compares it with the database.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Premier fichier de {0} sur cet ordinateur. Lisez l&apos;empreinte de son certificat sur son ordinateur (affichée à l&apos;export) et tapez-en les {1} premiers caractères :</source>
        <translation>First file from {0} on this computer. Read their certificate&apos;s fingerprint on their computer (shown when exporting) and type its first {1} characters:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Début de l&apos;empreinte de {0}</source>
        <translation>Start of {0}&apos;s fingerprint</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>  Refusé : {0}</source>
        <translation>  Refused: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Différences ({0}) :</source>
        <translation>  Differences ({0}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Aucune différence avec ce qui est déjà ici.</source>
        <translation>  No differences from what is already here.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>importé</source>
        <translation>imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inchangé</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REFUSÉ</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} fichier(s) refusé(s) : rien n&apos;a été importé de ces fichiers.</source>
        <translation>{0} file(s) refused: nothing was imported from those files.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import terminé.</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Voir les conflits…</source>
        <translation>See the conflicts…</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>{0} conflit(s) entre ordinateurs à résoudre.</source>
        <translation>{0} conflict(s) between computers to resolve.</translation>
    </message>
</context>
<context>
    <name>JudgementRow</name>
    <message>
        <location filename="../../jury_app/ui/modality/grid_rows.py" line="+144"/>
        <source>Jugement : {0}</source>
        <translation>Judgement: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votre jugement sur la compétence : Entrée accepte la suggestion, 1 = acquise, 2 = non acquise, 0 ou Suppr = effacer ; la molette et les flèches ne le changent jamais</source>
        <translation>Your judgement on the competence: Enter accepts the suggestion, 1 = acquired, 2 = not acquired, 0 or Del = clear; the wheel and the arrows never change it</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggestion de l&apos;application</source>
        <translation>The app&apos;s suggestion</translation>
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
        <location line="+5"/>
        <source>Acquise</source>
        <translation>Acquired</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compétence acquise (touche 1)</source>
        <translation>Competence acquired (key 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non acquise</source>
        <translation>Not acquired</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compétence non acquise (touche 2)</source>
        <translation>Competence not acquired (key 2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>à poser</source>
        <translation>to set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acquise</source>
        <translation>acquired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non acquise</source>
        <translation>not acquired</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entrée : accepter la suggestion (acquise)</source>
        <translation>Enter: accept the suggestion (acquired)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entrée : accepter la suggestion (non acquise)</source>
        <translation>Enter: accept the suggestion (not acquired)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pas de suggestion</source>
        <translation>No suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jugement — {0} · 1 acquise · 2 non acquise · 0 effacer · ↑↓ ligne</source>
        <translation>Judgement — {0} · 1 acquired · 2 not acquired · 0 clear · ↑↓ row</translation>
    </message>
</context>
<context>
    <name>JurorsPage</name>
    <message>
        <location filename="../../jury_app/ui/wizard/list_pages.py" line="-70"/>
        <source>Le jury</source>
        <translation>The jury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les jurés de la session : civilité, nom, rôle, organisme.</source>
        <translation>The session&apos;s jurors: title, name, role, organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ajouter un juré</source>
        <translation>Add a juror</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retirer le juré</source>
        <translation>Remove the juror</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importer une liste (CSV, XLSX)…</source>
        <translation>Import a list (CSV, XLSX)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rôle : président(e) ou membre. Le profil n&apos;est demandé que si le référentiel en exige.</source>
        <translation>Role: président(e) (chair) or membre. The profile is asked only when the référentiel requires one.</translation>
    </message>
</context>
<context>
    <name>JuryStepBand</name>
    <message>
        <location filename="../../jury_app/ui/deliberation/step_band.py" line="+51"/>
        <source>Présents :</source>
        <translation>Present:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+72"/>
        <source>Ouvrir la séance du jury</source>
        <translation>Open the jury&apos;s sitting</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Le jury siège : les jugements communs et les décisions se posent ensemble, présents notés</source>
        <translation>The jury sits: common judgements and decisions are made together, with those present recorded</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Séance du jury</source>
        <translation>Jury&apos;s sitting</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} est présent(e) à la séance du jury</source>
        <translation>{0} is present at the jury&apos;s sitting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Présent(e) : {0}</source>
        <translation>Present: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Séance du jury ouverte à {0} par {1} — présents : {2}.</source>
        <translation>Jury&apos;s sitting opened at {0} by {1} — present: {2}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(ouverte par le ou la président(e) avant la fin des grilles)</source>
        <translation>(opened by the president before the grids were finished)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notation à l&apos;aveugle : les notes, jugements et observations des autres jurés restent masqués jusqu&apos;à ce que chacun ait terminé ses grilles pour ce candidat (grilles terminées : {0}).</source>
        <translation>Blind marking: the other jurors&apos; marks, judgements and observations stay hidden until each has finished their grids for this candidate (grids finished: {0}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>En tant que président(e), vous pouvez ouvrir la délibération plus tôt.</source>
        <translation>As president, you can open the deliberation earlier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toutes les grilles sont terminées. Les jugements communs et les décisions se posent en séance du jury : cochez les présents puis ouvrez la séance.</source>
        <translation>Every grid is finished. Common judgements and decisions are made with the jury sitting: tick those present, then open the sitting.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Délibération close.</source>
        <translation>Deliberation closed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ouvrir la délibération maintenant…</source>
        <translation>Open the deliberation now…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ouvrir la délibération plus tôt</source>
        <translation>Open the deliberation earlier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tous les jurés n&apos;ont pas terminé leurs grilles pour ce candidat. Ouvrir la délibération maintenant montre à tous les notes de chacun. Cette ouverture anticipée est consignée, avec les présents. Confirmer ?</source>
        <translation>Not every juror has finished their grids for this candidate. Opening the deliberation now shows everyone&apos;s marks to all. This early opening is recorded, with those present. Confirm?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../jury_app/ui/common/labels.py" line="+15"/>
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
        <location line="+7"/>
        <source>Acquise</source>
        <translation>Acquired</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non acquise</source>
        <translation>Not acquired</translation>
    </message>
</context>
<context>
    <name>LockBand</name>
    <message>
        <location filename="../../jury_app/ui/deliberation/feedback.py" line="+50"/>
        <source>Délibération close : les décisions sont verrouillées (lecture seule). Pour modifier, rouvrez-la en indiquant un motif.</source>
        <translation>Deliberation closed: the decisions are locked (read-only). To change them, reopen it and give a reason.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Délibération close</source>
        <translation>Deliberation closed</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Rouvrir…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rouvrir la délibération de ce candidat ; le motif est consigné</source>
        <translation>Reopen this candidate&apos;s deliberation; the reason is recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rouvrir la délibération</source>
        <translation>Reopen the deliberation</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../jury_app/ui/jurors/login_screen.py" line="+76"/>
        <source>Qui êtes-vous ?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Code personnel</source>
        <translation>Personal PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre code, au moins 4 chiffres ; Entrée pour continuer</source>
        <translation>Your code, at least 4 digits; Enter to continue</translation>
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
        <location line="+1"/>
        <source>Le même code une seconde fois (première utilisation)</source>
        <translation>The same code a second time (first use)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation :</source>
        <translation>Confirm:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phrase secrète du responsable de session</source>
        <translation>Session lead&apos;s passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le responsable de session confirme votre nouveau code en tapant sa phrase secrète</source>
        <translation>The session lead confirms your new code by typing their passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsable de session :</source>
        <translation>Session lead:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenir à l&apos;accueil et au choix de la session</source>
        <translation>Back to the welcome screen and the choice of session</translation>
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
        <location line="+1"/>
        <source>Vérifier le code et ouvrir la session (Entrée)</source>
        <translation>Check the code and open the session (Enter)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source> (président·e)</source>
        <translation> (chair)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saisissez votre code personnel.</source>
        <translation>Enter your personal PIN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Première utilisation sur cet ordinateur : choisissez un code d&apos;au moins 4 chiffres (il protège vos grilles) ; le responsable de session le confirme en tapant sa phrase secrète.</source>
        <translation>First use on this computer: choose a code of at least 4 digits (it protects your grids); the session lead confirms it by typing their passphrase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Première utilisation sur cet ordinateur : choisissez un code d&apos;au moins 4 chiffres. Le responsable de session le confirme ; sa phrase secrète n&apos;existe pas encore ici : il la choisit maintenant (8 caractères au moins), elle confirmera aussi les autres jurés.</source>
        <translation>First use on this computer: choose a code of at least 4 digits. The session lead confirms it; their passphrase does not exist here yet: they choose it now (8 characters at least), and it will confirm the other jurors too.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ouverture de la session… Votre code sera vérifié dans un instant.</source>
        <translation>Opening the session… Your code will be checked in a moment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Les deux codes diffèrent.</source>
        <translation>The two PINs do not match.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choisir le code</source>
        <translation>Choose the code</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Code incorrect. Prochain essai possible dans {0} s.</source>
        <translation>Wrong code. Next try possible in {0} s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code incorrect.</source>
        <translation>Incorrect PIN.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jury_app/ui/main_window.py" line="+80"/>
        <source>EXAMEN BLANC – sans valeur certificative</source>
        <translation>MOCK EXAM – no certification value</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Examen blanc</source>
        <translation>Mock exam</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Jury – certification</source>
        <translation>Jury – certification</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nouvelle session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Modifier la session…</source>
        <translation>&amp;Edit the session…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copier pour une nouvelle &amp;promotion…</source>
        <translation>Copy for a new &amp;cohort…</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+1"/>
        <source>&amp;Sauvegardes…</source>
        <translation>&amp;Backups…</translation>
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
        <location line="+1"/>
        <source>&amp;Délibération</source>
        <translation>&amp;Deliberation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+15"/>
        <source>Sauvegarde automatique impossible : {0}</source>
        <translation>Automatic backup failed: {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sauvegarde restaurée ; l&apos;état précédent a été sauvegardé.</source>
        <translation>Backup restored; the previous state has been backed up.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sauvegarde restaurée ; la base endommagée est conservée à côté.</source>
        <translation>Backup restored; the damaged database is kept beside it.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La langue choisie s&apos;appliquera entièrement au prochain démarrage.</source>
        <translation>The chosen language will fully apply the next time the application starts.</translation>
    </message>
    <message>
        <location line="+48"/>
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
        <location line="+16"/>
        <source>Mettre à jour la session</source>
        <translation>Update the session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La session « {0} » est déjà sur cet ordinateur. La mettre à jour avec ce paquet ? Les saisies du jury sont conservées ; un candidat ou un juré qui a déjà des notes ne peut pas être retiré.</source>
        <translation>The session “{0}” is already on this computer. Update it with this package? What the jury entered is kept; a candidate or a juror who already has marks cannot be removed.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Import du paquet…</source>
        <translation>Importing the package…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Aucun juré identifié</source>
        <translation>No juror signed in</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Juré : {0}</source>
        <translation>Juror: {0}</translation>
    </message>
    <message>
        <location line="+83"/>
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
    <name>MarksTree</name>
    <message>
        <location filename="../../jury_app/ui/deliberation/marks_tree.py" line="+44"/>
        <source>✓ Satisfait</source>
        <translation>✓ Met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ Non satisfait</source>
        <translation>✗ Not met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— Non observé</source>
        <translation>— Not observed</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nombre de désaccords entre les jurés</source>
        <translation>Number of disagreements between the jurors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Désaccords seulement</source>
        <translation>Disagreements only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&apos;afficher que les lignes où les jurés diffèrent</source>
        <translation>Show only the rows where the jurors differ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&apos;afficher que les désaccords</source>
        <translation>Show only the disagreements</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grilles des jurés côte à côte</source>
        <translation>Jurors&apos; grids side by side</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lignes : modalité, compétence, critère ; une colonne par juré ; ≠ marque un désaccord</source>
        <translation>Rows: assessment, competence, criterion; one column per juror; ≠ marks a disagreement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Détail de la ligne sélectionnée et observations des jurés</source>
        <translation>Details of the selected row and the jurors&apos; observations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sélectionnez une ligne pour lire le critère en entier ou les observations des jurés.</source>
        <translation>Select a row to read the full criterion or the jurors&apos; observations.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{0} (masqué)</source>
        <translation>{0} (hidden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modalité › compétence › critère</source>
        <translation>Assessment › competence › criterion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>≠ : les jurés ne sont pas d&apos;accord sur cette ligne</source>
        <translation>≠: the jurors disagree on this row</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} — {1} : notation à l&apos;aveugle, visible quand chacun a terminé ses grilles</source>
        <translation>{0} — {1}: blind marking, shown once each has finished their grids</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Aucune grille saisie pour ce candidat.</source>
        <translation>No grid entered for this candidate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≠ {0} désaccord(s) entre les jurés</source>
        <translation>≠ {0} disagreement(s) between the jurors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les jurés sont d&apos;accord sur toutes les lignes.</source>
        <translation>The jurors agree on every row.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Jugement global de l&apos;entretien</source>
        <translation>Overall judgement of the interview</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+33"/>
        <location line="+26"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+7"/>
        <source>pas de jugement</source>
        <translation>no judgement</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Observations : {0}</source>
        <translation>Observations: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(aucune observation)</source>
        <translation>(no observations)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Désaccord sur le jugement : {0}</source>
        <translation>Disagreement on the judgement: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+2"/>
        <source>non noté</source>
        <translation>not marked</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Désaccord sur le critère : {0}</source>
        <translation>Disagreement on the criterion: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rien</source>
        <translation>nothing</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../jury_app/ui/common/feedback.py" line="+238"/>
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
    <name>ModalityFooter</name>
    <message>
        <location filename="../../jury_app/ui/modality/modality_footer.py" line="+32"/>
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
        <location line="+7"/>
        <source>Sur un critère : 1 satisfait, 2 non satisfait, 3 non observé, 0 ou Suppr efface ; ↑/↓ ou Tab : critère précédent/suivant ; F3 : critère suivant non noté ; F5 ou Ctrl+Espace : démarrer, mettre en pause, reprendre ; Ctrl+→ : phase suivante ; Ctrl+Z : annuler la dernière saisie de la grille (dans une zone de texte, annule la frappe) ; Ctrl+N : ajouter la note ; Alt+1 … Alt+9 : insérer une observation de votre banque</source>
        <translation>On a criterion: 1 met, 2 not met, 3 not observed, 0 or Del clears; ↑/↓ or Tab: previous/next criterion; F3: next unmarked criterion; F5 or Ctrl+Space: start, pause, resume; Ctrl+→: next phase; Ctrl+Z: undo the last grid entry (in a text box, undoes typing); Ctrl+N: add the note; Alt+1 … Alt+9: insert an observation from your bank</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 acquise · 2 non acquise · 0 effacer · ↑↓ compétence · F3 suivant à juger · Ctrl+N note</source>
        <translation>1 acquired · 2 not acquired · 0 clear · ↑↓ competence · F3 next to judge · Ctrl+N note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sur une compétence : 1 acquise, 2 non acquise, 0 ou Suppr efface ; ↑/↓ : compétence précédente/suivante ; F3 : suivante à juger ; Ctrl+Z : annuler la dernière saisie ; Ctrl+N : ajouter la note</source>
        <translation>On a competence: 1 acquired, 2 not acquired, 0 or Del clears; ↑/↓: previous/next competence; F3: next to judge; Ctrl+Z: undo the last entry; Ctrl+N: add the note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>ModalityHeader</name>
    <message>
        <location filename="../../jury_app/ui/modality/modality_header.py" line="+49"/>
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
        <source>Candidat absent</source>
        <translation>Candidate absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandon</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non concerné</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sur document</source>
        <translation>On documents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EXAMEN BLANC</source>
        <translation>MOCK EXAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — chronomètre accéléré ×{0}</source>
        <translation> — timer sped up ×{0}</translation>
    </message>
</context>
<context>
    <name>ModalityScreen</name>
    <message>
        <location filename="../../jury_app/ui/modality/modality_screen.py" line="+89"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Chronomètre et notes</source>
        <translation>Timer and notes</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+349"/>
        <source>Grille saisie depuis le papier</source>
        <translation>Grid entered from paper</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Annuler la dernière saisie</source>
        <translation>Undo last entry</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Candidat absent</source>
        <translation>Candidate absent</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Tirer la fiche scénario</source>
        <translation>Draw the scenario card</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nouveau tirage</source>
        <translation>New draw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Démarrer le chronomètre</source>
        <translation>Start the timer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mettre en pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Raison de la pause</source>
        <translation>Reason for the pause</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le chronomètre est arrêté. Raison de la pause (consignée comme incident, exigée pour reprendre) :</source>
        <translation>The timer is stopped. Reason for the pause (recorded as an incident, required to resume):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le chronomètre reste en pause : indiquez la raison de la pause pour reprendre.</source>
        <translation>The timer stays paused: give the reason for the pause to resume.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passer à la phase suivante</source>
        <translation>Go to the next phase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annuler le changement de phase</source>
        <translation>Undo the phase change</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Note non ajoutée</source>
        <translation>Note not added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La note « {0} » est tapée mais pas encore ajoutée. Que voulez-vous en faire ?</source>
        <translation>The note “{0}” is typed but not added yet. What do you want to do with it?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L&apos;ajouter</source>
        <translation>Add it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne pas la garder</source>
        <translation>Discard it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rester sur cet écran</source>
        <translation>Stay on this screen</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Terminer la modalité</source>
        <translation>Finish assessment</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Décrivez l&apos;incident (il est consigné au procès-verbal) :</source>
        <translation>Describe the incident (it is recorded in the official report):</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+11"/>
        <source>Noter le critère {0}</source>
        <translation>Mark criterion {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Poser le jugement</source>
        <translation>Set the judgement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enregistrer l&apos;observation</source>
        <translation>Save the observation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ajouter la note</source>
        <translation>Add the note</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Insérer une observation de votre banque</source>
        <translation>Insert an observation from your bank</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sélectionnez d&apos;abord un passage dans une zone d&apos;observations, puis cliquez sur « Ajouter à mes observations ».</source>
        <translation>First select a passage in an observations box, then click “Add to my observations”.</translation>
    </message>
    <message>
        <location line="-311"/>
        <source>Réutilisation d&apos;urgence d&apos;une fiche</source>
        <translation>Emergency reuse of a card</translation>
    </message>
</context>
<context>
    <name>Moment</name>
    <message>
        <location filename="../../jury_app/ui/common/feedback.py" line="-204"/>
        <source>{0} à {1} h {2}</source>
        <translation>{0} at {1}:{2}</translation>
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
    <name>OverrideDialog</name>
    <message>
        <location filename="../../jury_app/ui/deliberation/override_dialog.py" line="+25"/>
        <source>Clore malgré des éléments manquants</source>
        <translation>Close despite missing items</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Il manque encore, pour {0}, ce qui suit. Le jury ne peut clore qu&apos;en motivant chaque point : les motifs figurent au journal d&apos;audit et au procès-verbal.</source>
        <translation>For {0}, the following is still missing. The jury may close only with a reason for each item: the reasons go into the audit trail and the minutes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pourquoi le jury clôt malgré cela</source>
        <translation>Why the jury closes despite this</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif : {0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clore malgré ces manques</source>
        <translation>Close despite these gaps</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../../jury_app/ui/overview/overview_screen.py" line="+59"/>
        <source>Résumé de la journée</source>
        <translation>Summary of the day</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Candidats et modalités</source>
        <translation>Candidates and assessments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une ligne par candidat, une colonne par modalité ; Entrée ouvre la modalité de la case choisie</source>
        <translation>One row per candidate, one column per modality; Enter opens the modality of the chosen cell</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+1"/>
        <source>Noter absent le candidat sélectionné (une remarque peut suivre)</source>
        <translation>Mark the selected candidate absent (a remark may follow)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vérification de clôture…</source>
        <translation>Closing check…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lister ce qui manque encore, pour chaque candidat et chaque juré</source>
        <translation>List what is still missing, for every candidate and juror</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Délibération…</source>
        <translation>Deliberation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Délibérer sur le candidat sélectionné (Ctrl+D)</source>
        <translation>Deliberate on the selected candidate (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relire l&apos;état de la session (F5)</source>
        <translation>Read the session&apos;s state again (F5)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vitesse des chronomètres :</source>
        <translation>Timer speed:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vitesse des chronomètres</source>
        <translation>Timer speed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examen blanc : accélérer les chronomètres (1 = temps réel)</source>
        <translation>Mock exam: speed up the timers (1 = real time)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remettre le candidat à zéro…</source>
        <translation>Reset candidate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examen blanc : effacer les évaluations du candidat sélectionné</source>
        <translation>Mock exam: erase the selected candidate&apos;s evaluations</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+31"/>
        <source>Modalité</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cette modalité ne concerne pas ce candidat.</source>
        <translation>This assessment does not apply to this candidate.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Candidat absent</source>
        <translation>Candidate absent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remarque (facultative) :</source>
        <translation>Remark (optional):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vitesse en vigueur pour les prochains chronomètres : ×{0}</source>
        <translation>Speed in force for the next timers: ×{0}</translation>
    </message>
    <message>
        <location line="+12"/>
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
    <name>PassphraseFields</name>
    <message>
        <location filename="../../jury_app/ui/common/passphrase.py" line="+23"/>
        <source>Code personnel</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code personnel :</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phrase secrète</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrase secrète :</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmation de la phrase secrète</source>
        <translation>Passphrase confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation :</source>
        <translation>Confirm:</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../jury_app/ui/wizard/plan_pages.py" line="+26"/>
        <source>Planning des passages</source>
        <translation>Schedule of the passages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposé d&apos;après les durées, l&apos;ordre des épreuves, les salles, les jurés et les horaires.</source>
        <translation>Proposed from the durations, the order of the modalities, the rooms, the jurors and the hours.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modalité</source>
        <translation>Modality</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Déplacer au :</source>
        <translation>Move to:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Déplacer</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replanifier tout</source>
        <translation>Plan everything again</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problèmes du planning</source>
        <translation>Problems of the schedule</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Jury {0} ({1}) — {2}</source>
        <translation>Jury {0} ({1}) — {2}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} passages ; présence du jury demandée : {1}, offerte par les journées : {2} ({3} jury(s)).</source>
        <translation>{0} passages; jury presence needed: {1}, offered by the days: {2} ({3} jury panel(s)).</translation>
    </message>
</context>
<context>
    <name>ReceivedPvDialog</name>
    <message>
        <location filename="../../jury_app/ui/signature/received_pv_dialog.py" line="+41"/>
        <source>Signer un procès-verbal reçu</source>
        <translation>Sign an official report received</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages du procès-verbal</source>
        <translation>Pages of the official report</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Page {0} sur {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Lisez le procès-verbal avant de le signer :</source>
        <translation>Read the official report before signing it:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Rapportez ce fichier au responsable de session (ou transmettez-le au juré suivant).</source>
        <translation>Bring this file back to the session lead (or pass it on to the next juror).</translation>
    </message>
</context>
<context>
    <name>ResetJurorDialog</name>
    <message>
        <location filename="../../jury_app/ui/jurors/reset_dialog.py" line="+37"/>
        <source>Réinitialiser le code et la clé d&apos;un juré</source>
        <translation>Reset a juror&apos;s PIN and key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pour un juré qui a oublié son code ou sa phrase secrète, ou dont la clé a été créée ou utilisée par quelqu&apos;un d&apos;autre. Son code et sa clé lui sont retirés (la clé est révoquée : ce qu&apos;elle signera ne sera plus accepté) ; il en choisira de nouveaux. La raison est inscrite au journal d&apos;audit, signée par votre clé de responsable de session.</source>
        <translation>For a juror who forgot their PIN or passphrase, or whose key was made or used by someone else. Their PIN and key are taken away (the key is revoked: whatever it signs will no longer be accepted); they will choose new ones. The reason is written in the audit trail, signed with your session lead&apos;s key.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>code</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>clé</source>
        <translation>key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ni code ni clé</source>
        <translation>neither PIN nor key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Juré</source>
        <translation>Juror</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Juré :</source>
        <translation>Juror:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raison de la réinitialisation</source>
        <translation>Reason for the reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raison :</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phrase secrète du responsable de session</source>
        <translation>Session lead&apos;s passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre phrase secrète :</source>
        <translation>Your passphrase:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmation de la phrase secrète</source>
        <translation>Passphrase confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation :</source>
        <translation>Confirm:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Première utilisation de votre clé de responsable de session sur cet ordinateur : choisissez une phrase secrète d&apos;au moins 8 caractères. Elle ne pourra pas être retrouvée.</source>
        <translation>First use of your session lead&apos;s key on this computer: choose a passphrase of at least 8 characters. It cannot be recovered.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Réinitialiser</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Les deux saisies de la phrase secrète diffèrent.</source>
        <translation>The two passphrase entries differ.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} : code et clé retirés de cet ordinateur. Il choisira un nouveau code en se connectant, puis une nouvelle phrase secrète. Empreinte de votre clé de responsable : {1}</source>
        <translation>{0}: PIN and key removed from this computer. They will choose a new PIN when logging in, then a new passphrase. Fingerprint of your session lead&apos;s key: {1}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../jury_app/ui/backups/restore_dialog.py" line="+38"/>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copies de la base de données de ce poste, faites automatiquement toutes les 10 minutes et avant chaque restauration ; les {0} plus récentes sont gardées.</source>
        <translation>Copies of this computer&apos;s database, made automatically every 10 minutes and before each restore; the {0} most recent are kept.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grilles</source>
        <translation>Grids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Décisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Liste des sauvegardes</source>
        <translation>List of backups</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restaurer…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sauvegarder maintenant</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} Mo</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} ko</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>manuel</source>
        <translation>manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avant-restauration</source>
        <translation>before restoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>après import</source>
        <translation>after import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>après fusion</source>
        <translation>after merge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Aucune sauvegarde pour l&apos;instant.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sauvegarde écrite : {0}</source>
        <translation>Backup written: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remplacer la base de données par la sauvegarde du {0} ?

Tout ce qui a été saisi depuis sera retiré de la base en service. L&apos;état actuel est d&apos;abord sauvegardé (motif « avant-restauration ») : vous pourrez y revenir de la même façon.</source>
        <translation>Replace the database with the backup of {0}?

Everything entered since then will be removed from the database in use. The current state is backed up first (reason “avant-restauration”): you can return to it the same way.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../jury_app/ui/wizard/plan_pages.py" line="+56"/>
        <source>Le paquet de session</source>
        <translation>The session package</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le paquet est écrit, vérifié, puis importé sur cet ordinateur ; copiez-le ensuite sur ceux des jurés.</source>
        <translation>The package is written, checked, then imported on this computer; then copy it to the jurors&apos; computers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fichier du paquet :</source>
        <translation>Package file:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fichier du paquet</source>
        <translation>Package file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Examen blanc — {0}</source>
        <translation>Mock exam — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} candidats, {1} jurés, {2} documents, {3} fiches scénario, {4} passages planifiés.</source>
        <translation>{0} candidates, {1} jurors, {2} documents, {3} scenario cards, {4} passages planned.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enregistrer le paquet</source>
        <translation>Save the package</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paquets de session (*.zip)</source>
        <translation>Session packages (*.zip)</translation>
    </message>
</context>
<context>
    <name>ResultsMenu</name>
    <message>
        <location filename="../../jury_app/ui/results_menu.py" line="+35"/>
        <source>&amp;Exporter mes résultats…</source>
        <translation>&amp;Export my results…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Importer des résultats de jurés…</source>
        <translation>&amp;Import jurors&apos; results…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État de &amp;complétude des résultats…</source>
        <translation>&amp;Results completeness…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflits entre &amp;ordinateurs…</source>
        <translation>Conflicts between &amp;computers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Réinitialiser le code et la clé d&apos;un juré…</source>
        <translation>&amp;Reset a juror&apos;s PIN and key…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Complétude des résultats</source>
        <translation>Results completeness</translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <location filename="../../jury_app/ui/modality/feedback.py" line="+24"/>
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
        <source>Saisie en cours : non enregistrée</source>
        <translation>Typing in progress: not saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;observation en cours de frappe sera enregistrée dès que vous quitterez la zone ou ferez une pause.</source>
        <translation>The observation being typed will be saved as soon as you leave the box or pause.</translation>
    </message>
</context>
<context>
    <name>SavedLabel</name>
    <message>
        <location filename="../../jury_app/ui/deliberation/feedback.py" line="-35"/>
        <source>Rien de modifié</source>
        <translation>Nothing changed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aucune décision n&apos;a été modifiée depuis l&apos;ouverture.</source>
        <translation>No decision has been changed since opening.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Motif en cours de frappe : non enregistré</source>
        <translation>Reason being typed: not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le motif sera enregistré dès que vous quitterez la zone ou ferez une pause.</source>
        <translation>The reason will be saved as soon as you leave the box or pause.</translation>
    </message>
</context>
<context>
    <name>SavedState</name>
    <message>
        <location filename="../../jury_app/ui/common/feedback.py" line="+144"/>
        <source>État de l&apos;enregistrement</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enregistré à {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La dernière action est enregistrée sur le disque.</source>
        <translation>The last action is saved to disk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non enregistré</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../jury_app/ui/wizard/start_pages.py" line="+80"/>
        <source>La session</source>
        <translation>The session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Où et quand elle se tient ; ces informations figurent sur le procès-verbal.</source>
        <translation>Where and when it is held; this appears on the procès-verbal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session CIP, mars 2026</source>
        <translation>CIP session, March 2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom de la session * :</source>
        <translation>Name of the session *:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centre AFPA de Lyon</source>
        <translation>AFPA Lyon centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lieu (centre d&apos;examen) * :</source>
        <translation>Place (exam centre) *:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse :</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsable de session :</source>
        <translation>Session lead:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates de la session</source>
        <translation>Dates of the session</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ajouter la date</source>
        <translation>Add the date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retirer la date</source>
        <translation>Remove the date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates * :</source>
        <translation>Dates *:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pause</source>
        <translation>break</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>de</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Horaires des journées :</source>
        <translation>Hours of the days:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un jury par salle : deux salles et quatre jurés, deux jurys en même temps.</source>
        <translation>One jury panel per room: two rooms and four jurors, two panels at the same time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salles :</source>
        <translation>Rooms:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fuseau horaire :</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numéro d&apos;agrément du centre :</source>
        <translation>Centre&apos;s approval number:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numéro de session :</source>
        <translation>Session number:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Motif, imprimé sur le procès-verbal</source>
        <translation>Reason, printed on the official report (PV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif de la session après l&apos;échéance de l&apos;enregistrement</source>
        <translation>Reason for holding the session after the registration ended</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Motif (enregistrement échu) * :</source>
        <translation>Reason (registration ended) *:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pour la tenir malgré tout, indiquez le motif.</source>
        <translation>To hold it all the same, give the reason.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Nom de la session : à indiquer.</source>
        <translation>Name of the session: to fill in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lieu : à indiquer.</source>
        <translation>Place: to fill in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates : ajoutez au moins une date.</source>
        <translation>Dates: add at least one date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates : le {0} est passé ; retirez-le ou corrigez l&apos;année.</source>
        <translation>Dates: {0} has passed; remove it or correct the year.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fuseau horaire : « {0} » est inconnu (par exemple Europe/Paris).</source>
        <translation>Time zone: “{0}” is unknown (for example Europe/Paris).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Horaires : la pause doit tenir dans la journée.</source>
        <translation>Hours: the break must fit in the day.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horaires : la fin de journée doit suivre son début.</source>
        <translation>Hours: the end of the day must follow its start.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Motif : à indiquer pour la tenir malgré tout.</source>
        <translation>Reason: required to hold it all the same.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Salle {0}</source>
        <translation>Room {0}</translation>
    </message>
</context>
<context>
    <name>SessionWizard</name>
    <message>
        <location filename="../../jury_app/ui/wizard/wizard.py" line="+55"/>
        <source>Modifier la session</source>
        <translation>Edit the session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nouvelle session</source>
        <translation>New session</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suivant &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; Précédent</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mettre à jour la session</source>
        <translation>Update the session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Créer et ouvrir la session</source>
        <translation>Create and open the session</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Session mise à jour</source>
        <translation>Session updated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session prête</source>
        <translation>Session ready</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La session « {0} » est mise à jour sur cet ordinateur.</source>
        <translation>The session “{0}” is updated on this computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La session « {0} » est prête et ouverte sur cet ordinateur.</source>
        <translation>The session “{0}” is ready and open on this computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paquet : {0}

Copiez ce fichier sur l&apos;ordinateur de chaque juré (clé USB, partage) ; chacun l&apos;ouvre par « Ouvrir un paquet de session… » et accepte la mise à jour : ses saisies restent.</source>
        <translation>Package: {0}

Copy this file to each juror&apos;s computer (USB stick, shared folder); each opens it with “Open session package…” and accepts the update: what they entered stays.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paquet : {0}

Copiez ce fichier sur l&apos;ordinateur de chaque juré (clé USB, partage) ; chacun l&apos;ouvre par « Ouvrir un paquet de session… » puis choisit son nom.</source>
        <translation>Package: {0}

Copy this file to each juror&apos;s computer (USB stick, shared folder); each opens it with “Open session package…” and then picks their name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ouvrir le dossier du paquet</source>
        <translation>Open the package&apos;s folder</translation>
    </message>
</context>
<context>
    <name>SignReportDialog</name>
    <message>
        <location filename="../../jury_app/ui/signature/sign_dialog.py" line="+51"/>
        <source>Signer le procès-verbal</source>
        <translation>Sign the official report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signature électronique du document {0} par {1}.</source>
        <translation>Electronic signature of document {0} by {1}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Première signature : saisissez votre code personnel et choisissez une phrase secrète d&apos;au moins {0} caractères. Elle protège votre clé de signature. Attention : elle ne pourra pas être retrouvée si vous l&apos;oubliez.</source>
        <translation>First signature: enter your PIN and choose a passphrase of at least {0} characters. It protects your signing key. Beware: it cannot be recovered if you forget it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saisissez votre code personnel et votre phrase secrète pour signer.</source>
        <translation>Enter your PIN and your passphrase to sign.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tracer ma signature…</source>
        <translation>Draw my signature…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signer</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Votre signature manuscrite figurera dans votre cadre, avec votre nom et l&apos;heure de signature.</source>
        <translation>Your handwritten signature will appear in your box, with your name and the time of signing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune signature manuscrite enregistrée sur cet ordinateur : votre cadre ne portera que votre nom et l&apos;heure de signature. Tracez-la d&apos;abord si vous le souhaitez.</source>
        <translation>No handwritten signature saved on this computer: your box will only show your name and the time of signing. Draw it first if you wish.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Les deux saisies de la phrase secrète diffèrent.</source>
        <translation>The two passphrase entries do not match.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reste à signer : {0}.</source>
        <translation>Still to sign: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tous les jurés ont signé.</source>
        <translation>All jurors have signed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document signé par {0} le {1}.</source>
        <translation>Document signed by {0} on {1}.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../jury_app/ui/signature/signature_pad.py" line="+39"/>
        <source>Zone de signature manuscrite</source>
        <translation>Handwritten signature area</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracez votre signature dans ce cadre avec la souris, un stylet ou le doigt.</source>
        <translation>Draw your signature in this box with the mouse, a stylus or your finger.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacer la signature</source>
        <translation>Clear the signature</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Signez ici</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>SnippetsPanel</name>
    <message>
        <location filename="../../jury_app/ui/modality/snippets_panel.py" line="+43"/>
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
        <location filename="../../jury_app/ui/modality/timer_panel.py" line="+135"/>
        <source>Chronomètre</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+207"/>
        <source>Phase en cours</source>
        <translation>Current phase</translation>
    </message>
    <message>
        <location line="-203"/>
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
        <location line="+8"/>
        <location line="+266"/>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Reprendre après la pause (F5 ou Ctrl+Espace)</source>
        <translation>Resume after the pause (F5 or Ctrl+Space)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phase suivante</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Terminer la modalité…</source>
        <translation>Finish assessment…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Arrêter le chronomètre tout de suite ; la raison est demandée ensuite (F5 ou Ctrl+Espace)</source>
        <translation>Stop the timer at once; the reason is asked next (F5 or Ctrl+Space)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Terminer cette phase et passer à la suivante (Ctrl+→, puis Ctrl+→ pour confirmer)</source>
        <translation>End this phase and go to the next one (Ctrl+→, then Ctrl+→ to confirm)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arrêter définitivement le chronomètre (Ctrl+Fin ; confirmation demandée)</source>
        <translation>Stop the timer for good (Ctrl+End; asks for confirmation)</translation>
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
        <location line="+10"/>
        <source>Confirmer</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faire ce qui est demandé ci-contre</source>
        <translation>Do what is asked here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne rien changer (Échap)</source>
        <translation>Change nothing (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annuler le changement (Ctrl+←)</source>
        <translation>Undo the change (Ctrl+←)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenir à la phase précédente, qui continue (Ctrl+←)</source>
        <translation>Go back to the previous phase, which goes on (Ctrl+←)</translation>
    </message>
    <message>
        <location line="+50"/>
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
        <location line="+21"/>
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
        <location line="+0"/>
        <source>EN PAUSE — raison à indiquer</source>
        <translation>PAUSED — reason to give</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modalité terminée</source>
        <translation>Assessment finished</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Durée à définir pour la session</source>
        <translation>Duration to be set for the session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prêt à démarrer</source>
        <translation>Ready to start</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Durée non fixée : à définir dans le paquet de session</source>
        <translation>Duration not set: to be set in the session package</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>{0} en commun</source>
        <translation>{0} shared</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Durée non fixée par le référentiel : cette phase et les autres phases non fixées partagent le temps restant de la modalité ({0})</source>
        <translation>Duration not set by the référentiel: this phase and the other phases without a duration share the time left in the assessment ({0})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} · fixée pour la session</source>
        <translation>{0} · set for the session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durée que le référentiel laisse à la session, fixée dans le paquet</source>
        <translation>A duration the référentiel leaves to the session, set in the package</translation>
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
        <location line="+10"/>
        <source>Le référentiel ne fixe pas cette durée : le responsable de session la fixe dans le paquet (session.durations), puis met la session à jour</source>
        <translation>The référentiel does not set this duration: the session lead sets it in the package (session.durations), then updates the session</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Raison de la pause…</source>
        <translation>Reason for the pause…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Phase « {0} » commencée</source>
        <translation>Phase “{0}” started</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passer à : {0} (Ctrl+→)</source>
        <translation>Move to: {0} (Ctrl+→)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — le temps de la phase est écoulé</source>
        <translation> — the phase&apos;s time is up</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Passer à la phase « {0} » ? Ctrl+→ ou Confirmer : oui · Échap : non</source>
        <translation>Go to the phase “{0}”? Ctrl+→ or Confirm: yes · Esc: no</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Terminer la modalité ? Le chronomètre s&apos;arrête définitivement.</source>
        <translation>Finish the modality? The timer stops for good.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Il reste {0} critère(s) non noté(s) ; vous pourrez compléter la grille ensuite.</source>
        <translation>{0} criterion/criteria still unmarked; you can complete the grid afterwards.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Fin ou Confirmer : oui · Échap : non</source>
        <translation>Ctrl+End or Confirm: yes · Esc: no</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>TimerWatcher</name>
    <message>
        <location filename="../../jury_app/ui/common/timer_watch.py" line="+31"/>
        <source>moins de 5 minutes</source>
        <translation>less than 5 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moins d&apos;une minute</source>
        <translation>less than a minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temps dépassé</source>
        <translation>time over</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>⏰ {0} — {1} : {2}</source>
        <translation>⏰ {0} — {1}: {2}</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../jury_app/ui/welcome/welcome_screen.py" line="+36"/>
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
        <source>Nouvelle session…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Préparer une nouvelle session</source>
        <translation>Prepare a new session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candidats, jurés, documents et planning, depuis vos listes : le paquet est créé et importé</source>
        <translation>Candidates, jurors, documents and schedule, from your lists: the package is made and imported</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ouvrir un paquet de session…</source>
        <translation>Open session package…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir un paquet de session</source>
        <translation>Open session package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importer le paquet (.zip) préparé par le responsable de session</source>
        <translation>Import the package (.zip) prepared by the session lead</translation>
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
        <location line="+2"/>
        <source>Une session fictive pour découvrir l&apos;application ; rien n&apos;y est certifiant</source>
        <translation>An invented session to discover the app; nothing in it certifies anyone</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sessions déjà importées sur cet ordinateur :</source>
        <translation>Sessions already imported on this computer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessions récentes</source>
        <translation>Recent sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entrée ou double-clic ouvre la session choisie</source>
        <translation>Enter or a double click opens the chosen session</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune session pour l&apos;instant.</source>
        <translation>No sessions yet.</translation>
    </message>
</context>
<context>
    <name>_ListPage</name>
    <message>
        <location filename="../../jury_app/ui/wizard/list_pages.py" line="-120"/>
        <source>Enregistrer le modèle XLSX…</source>
        <translation>Save the XLSX template…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un classeur avec une feuille par liste (jurés, candidats, fiches scénario) et leurs explications</source>
        <translation>A workbook with one sheet per list (jurors, candidates, scenario cards) and what each column means</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Importer une liste : {0}</source>
        <translation>Import a list: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Modèle de listes</source>
        <translation>List template</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Modèle enregistré : {0}. Il s&apos;ouvre dans votre tableur : remplissez les feuilles Jurés, Candidats et Fiches scénario, enregistrez, puis « Importer une liste » sur chaque page.</source>
        <translation>Template saved: {0}. It opens in your spreadsheet: fill in the Jurés, Candidats and Fiches scénario sheets, save, then “Import a list” on each page.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} ligne(s) importée(s) de {1}.</source>
        <translation>{0} row(s) imported from {1}.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../jury_app/ui/common/documents.py" line="+14"/>
        <source>Dossier professionnel</source>
        <translation>Professional file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier projet</source>
        <translation>Project file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livret de certification</source>
        <translation>Certification booklet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attestation de stage</source>
        <translation>Work placement certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résultats des ECF</source>
        <translation>In-training assessment results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preuve d&apos;un CCP acquis</source>
        <translation>Proof of a CCP held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livret 2</source>
        <translation>Livret 2 (VAE booklet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note de synthèse</source>
        <translation>Summary note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier écrit</source>
        <translation>Written report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passeport compétences</source>
        <translation>Skills passport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autre document</source>
        <translation>Other document</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <location filename="../../jury_app/ui/common/identity.py" line="+19"/>
        <source>Identité d&apos;un candidat modifiée</source>
        <translation>A candidate&apos;s identity changed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidat {0} : {1} → {2}</source>
        <translation>Candidate {0}: {1} → {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le jury a déjà travaillé sur ce dossier. S&apos;il s&apos;agit bien de la même personne, indiquez le motif du changement (il est inscrit au journal d&apos;audit et au procès-verbal) :</source>
        <translation>The jury has already worked on this candidate&apos;s file. If this is indeed the same person, give the reason for the change (it is written in the audit trail and on the procès-verbal):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importer avec ce motif</source>
        <translation>Import with this reason</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../jury_app/ui/overview/overview_model.py" line="+32"/>
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
        <location line="+36"/>
        <source>en pause</source>
        <translation>paused</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} · phase {1}/{2}</source>
        <translation>{0} · phase {1}/{2}</translation>
    </message>
    <message>
        <location line="+66"/>
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
        <location line="+31"/>
        <source>Prévu le {0} à {1}</source>
        <translation>Scheduled on {0} at {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passée, grille incomplète</source>
        <translation>Done, grid incomplete</translation>
    </message>
</context>
<context>
    <name>registration</name>
    <message>
        <location filename="../../jury_app/ui/common/registration.py" line="+22"/>
        <source>L&apos;enregistrement de la certification {0} a pris fin le {1} ; la session est datée du {2}.</source>
        <translation>The registration of certification {0} ended on {1}; the session is dated {2}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enregistrement de la certification échu</source>
        <translation>Certification&apos;s registration ended</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pour la tenir malgré tout, indiquez le motif ; il figurera sur le procès-verbal :</source>
        <translation>To hold it all the same, give the reason; it will be printed on the official report (PV):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importer avec ce motif</source>
        <translation>Import with this reason</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Paquet importé</source>
        <translation>Package imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La session est importée. À noter :</source>
        <translation>The session is imported. Please note:</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <location filename="../../jury_app/ui/common/terms.py" line="+19"/>
        <source>CCP</source>
        <translation>CCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bloc</source>
        <translation>block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocs de compétences</source>
        <translation>skills blocks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>titre</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certification</source>
        <translation>certification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>le titre</source>
        <translation>the title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la certification</source>
        <translation>the certification</translation>
    </message>
</context>
</TS>
