<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionItemDialog</name>
    <message>
        <location filename="../../ui/action_items.py" line="186"/>
        <source>New action item</source>
        <translation>Nouvelle action de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/action_items.py" line="192"/>
        <source>Has a due date</source>
        <translation>Avec échéance</translation>
    </message>
    <message>
        <location filename="../../ui/action_items.py" line="210"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/action_items.py" line="211"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/action_items.py" line="213"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/action_items.py" line="222"/>
        <source>Say what is to be done.</source>
        <translation>Indiquez ce qu’il faut faire.</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <location filename="../../ui/action_items.py" line="121"/>
        <source>This workshop</source>
        <translation>Cet atelier</translation>
    </message>
    <message>
        <location filename="../../ui/action_items.py" line="159"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/action_items.py" line="159"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/action_items.py" line="159"/>
        <source>By</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <location filename="../../ui/action_items.py" line="159"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/action_items.py" line="159"/>
        <source>From</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>ActionItemsPanel</name>
    <message>
        <location filename="../../ui/action_items.py" line="246"/>
        <source>Action items</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/action_items.py" line="255"/>
        <source>New action item…</source>
        <translation>Nouvelle action de suivi…</translation>
    </message>
    <message>
        <location filename="../../ui/action_items.py" line="259"/>
        <source>Open items of earlier workshops are listed after this workshop&apos;s.</source>
        <translation>Les actions encore ouvertes des ateliers précédents suivent celles de cet atelier.</translation>
    </message>
    <message>
        <location filename="../../ui/action_items.py" line="283"/>
        <source>Edit action item</source>
        <translation>Modifier l’action de suivi</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../ui/prepare/action_model.py" line="135"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/action_model.py" line="136"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/action_model.py" line="137"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/action_model.py" line="138"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/action_model.py" line="139"/>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/action_model.py" line="140"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/action_model.py" line="141"/>
        <source>Monitoring criteria</source>
        <translation>Critères de suivi</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../ui/agenda/agenda_editor.py" line="126"/>
        <source>Agenda of “%1”</source>
        <translation>Déroulé de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_editor.py" line="134"/>
        <source>Agenda steps</source>
        <translation>Étapes du déroulé</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_editor.py" line="146"/>
        <source>&amp;Add step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_editor.py" line="147"/>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_editor.py" line="148"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_editor.py" line="150"/>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_editor.py" line="186"/>
        <source>New step</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_editor.py" line="208"/>
        <source>Step %1 needs a title.</source>
        <translation>L’étape %1 doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_editor.py" line="210"/>
        <source>Step %1: the planned time must be between 1 and 600 minutes.</source>
        <translation>Étape %1&#xa0;: la durée prévue doit être comprise entre 1 et 600&#xa0;minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_editor.py" line="247"/>
        <source>Edit agenda</source>
        <translation>Modifier le déroulé</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_editor.py" line="249"/>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <location filename="../../ui/agenda/agenda_editor.py" line="52"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_editor.py" line="52"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/agenda_editor.py" line="52"/>
        <source>Method note</source>
        <translation>Note de méthode</translation>
    </message>
</context>
<context>
    <name>AgendaTimerPanel</name>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="74"/>
        <source>Current step</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="79"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="80"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="90"/>
        <source>Overrun</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="98"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="101"/>
        <source>Edit agenda…</source>
        <translation>Modifier le déroulé…</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="104"/>
        <source>Sound when a step runs over</source>
        <translation>Signal sonore en cas de dépassement</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="109"/>
        <source>Agenda steps</source>
        <translation>Étapes du déroulé</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="217"/>
        <source>Agenda finished</source>
        <translation>Déroulé terminé</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="221"/>
        <source>Step %1/%2 · over by %3</source>
        <translation>Étape %1/%2 · dépassement de %3</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="222"/>
        <source>Step %1/%2 · %3 left</source>
        <translation>Étape %1/%2 · reste %3</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="240"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="246"/>
        <source>Planned: %1 min</source>
        <translation>Prévu&#xa0;: %1&#xa0;min</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="248"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="251"/>
        <source>⚠ Over by %1</source>
        <translation>⚠ Dépassement de %1</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="263"/>
        <source>Choose a workshop to time its agenda.</source>
        <translation>Choisissez un atelier pour minuter son déroulé.</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="265"/>
        <source>This workshop has no agenda yet: use “Edit agenda…”.</source>
        <translation>Cet atelier n’a pas encore de déroulé&#xa0;: utilisez «&#xa0;Modifier le déroulé…&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="267"/>
        <source>Agenda finished.</source>
        <translation>Déroulé terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="279"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="281"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="283"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="292"/>
        <source>%1. %2 · %3 min</source>
        <translation>%1. %2 · %3&#xa0;min</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/timer_panel.py" line="294"/>
        <source>took %1</source>
        <translation>a duré %1</translation>
    </message>
</context>
<context>
    <name>AgendaWiring</name>
    <message>
        <location filename="../../ui/agenda/__init__.py" line="30"/>
        <source>Agenda</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/__init__.py" line="32"/>
        <source>Edit &amp;Agenda…</source>
        <translation>Modifier le &amp;déroulé…</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/__init__.py" line="34"/>
        <source>Start / Pause &amp;Timer</source>
        <translation>&amp;Lancer / mettre en pause le minuteur</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/__init__.py" line="36"/>
        <source>Ne&amp;xt Agenda Step</source>
        <translation>Étape &amp;suivante du déroulé</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/__init__.py" line="46"/>
        <source>Agenda timer</source>
        <translation>Minuteur du déroulé</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="70"/>
        <source>There is no file “%1”.</source>
        <translation>Le fichier « %1 » n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="71"/>
        <source>“%1” is a folder, not a file.</source>
        <translation>« %1 » est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="72"/>
        <source>“%1” is empty.</source>
        <translation>« %1 » est vide.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="73"/>
        <source>Atelier cannot read “%1”. Check that you are allowed to open it.</source>
        <translation>Atelier ne peut pas lire « %1 ». Vérifiez que vous avez le droit de l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="76"/>
        <source>“%1” is not an Atelier file.</source>
        <translation>« %1 » n’est pas un fichier Atelier.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="77"/>
        <source>“%1” is a database of another program, not an Atelier file.</source>
        <translation>« %1 » est une base de données d’un autre programme, pas un fichier Atelier.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="81"/>
        <source>Atelier opens its workspaces (.sqlite files made by Atelier) and the exchange files sent from another laptop (.atelier).</source>
        <translation>Atelier ouvre ses espaces de travail (fichiers .sqlite créés par Atelier) et les fichiers d’échange envoyés depuis un autre ordinateur (.atelier).</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="96"/>
        <source>Cannot merge</source>
        <translation>Fusion impossible</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="98"/>
        <source>“%1” is an exchange file: it is merged into a workspace. Open or create your workspace (File menu), then bring the file in with File › Merge…</source>
        <translation>« %1 » est un fichier d’échange : il s’intègre dans un espace de travail. Ouvrez ou créez votre espace de travail (menu Fichier), puis intégrez le fichier avec Fichier › Fusionner…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="127"/>
        <source>Cannot open this file</source>
        <translation>Impossible d’ouvrir ce fichier</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="235"/>
        <source>Unknown workshop</source>
        <translation>Atelier inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="237"/>
        <source>This workspace has no workshop with the id %1.</source>
        <translation>Cet espace de travail ne contient aucun atelier d’identifiant %1.</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="194"/>
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n programme</numerusform>
            <numerusform>%n programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="195"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n atelier</numerusform>
            <numerusform>%n ateliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="196"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n contribution</numerusform>
            <numerusform>%n contributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_dialogs.py" line="197"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BinActions</name>
    <message>
        <location filename="../../ui/bin_actions.py" line="37"/>
        <source>Removed items stay in the bin for %1 days (undo brings them back), then are emptied for good when the workspace is opened.</source>
        <translation>Ce qui est retiré reste %1&#xa0;jours dans la corbeille (Annuler le fait revenir), puis est effacé définitivement à l’ouverture de l’espace de travail.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bin_actions.py" line="61"/>
        <source>%n item(s) removed more than %1 days ago emptied from the bin for good.</source>
        <translation>
            <numerusform>%n élément retiré il y a plus de %1&#xa0;jours a été effacé définitivement de la corbeille.</numerusform>
            <numerusform>%n éléments retirés il y a plus de %1&#xa0;jours ont été effacés définitivement de la corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bin_actions.py" line="73"/>
        <source>Entries: %1</source>
        <translation>Contributions&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bin_actions.py" line="74"/>
        <source>Action items: %1</source>
        <translation>Suites à donner&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bin_actions.py" line="75"/>
        <source>Agenda steps: %1</source>
        <translation>Étapes du déroulé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bin_actions.py" line="76"/>
        <source>Feedback questions: %1</source>
        <translation>Questions d’avis&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bin_actions.py" line="77"/>
        <source>Feedback answers: %1</source>
        <translation>Réponses d’avis&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bin_actions.py" line="78"/>
        <source>Actions: %1</source>
        <translation>Actions&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bin_actions.py" line="79"/>
        <source>Themes: %1</source>
        <translation>Thèmes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bin_actions.py" line="80"/>
        <source>Workshops: %1</source>
        <translation>Ateliers&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bin_actions.py" line="81"/>
        <source>Participants: %1</source>
        <translation>Participants&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bin_actions.py" line="82"/>
        <source>Programmes: %1</source>
        <translation>Programmes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bin_actions.py" line="83"/>
        <source>Indicators: %1</source>
        <translation>Indicateurs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bin_actions.py" line="84"/>
        <source>Measurements: %1</source>
        <translation>Mesures&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bin_actions.py" line="85"/>
        <source>Challenges: %1</source>
        <translation>Enjeux : %1</translation>
    </message>
    <message>
        <location filename="../../ui/bin_actions.py" line="95"/>
        <source>Empty the bin</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location filename="../../ui/bin_actions.py" line="101"/>
        <source>The bin is empty: nothing removed is waiting.</source>
        <translation>La corbeille est vide&#xa0;: rien de ce qui a été retiré n’y attend.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bin_actions.py" line="114"/>
        <source>%n removed item(s) will be gone for good: their texts are erased from this workspace and from its backups, and no merge can bring them back.</source>
        <translation>
            <numerusform>%n élément retiré sera effacé définitivement&#xa0;: son texte disparaît de cet espace de travail et de ses sauvegardes, et aucune fusion ne pourra le faire revenir.</numerusform>
            <numerusform>%n éléments retirés seront effacés définitivement&#xa0;: leurs textes disparaissent de cet espace de travail et de ses sauvegardes, et aucune fusion ne pourra les faire revenir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bin_actions.py" line="126"/>
        <source>This cannot be undone, and the undo history is cleared.</source>
        <translation>C’est irréversible, et l’historique d’annulation est vidé.</translation>
    </message>
    <message>
        <location filename="../../ui/bin_actions.py" line="130"/>
        <source>&amp;Empty the Bin</source>
        <translation>&amp;Vider la corbeille</translation>
    </message>
    <message>
        <location filename="../../ui/bin_actions.py" line="161"/>
        <source>The bin was not emptied</source>
        <translation>La corbeille n’a pas été vidée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bin_actions.py" line="170"/>
        <source>%n item(s) emptied from the bin for good.</source>
        <translation>
            <numerusform>%n élément effacé définitivement de la corbeille.</numerusform>
            <numerusform>%n éléments effacés définitivement de la corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bin_actions.py" line="175"/>
        <source>Another program is reading the workspace: the old text leaves the journal file when that program stops (at the latest when Atelier closes the workspace).</source>
        <translation>Un autre programme lit l’espace de travail&#xa0;: l’ancien texte quittera le fichier journal quand ce programme s’arrêtera (au plus tard quand Atelier fermera l’espace de travail).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bin_actions.py" line="181"/>
        <source>%n backup(s) could not be emptied.</source>
        <translation>
            <numerusform>%n sauvegarde n’a pas pu être vidée.</numerusform>
            <numerusform>%n sauvegardes n’ont pas pu être vidées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../ui/models/board.py" line="302"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../../ui/models/board.py" line="303"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ui/models/board.py" line="304"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../ui/models/board.py" line="305"/>
        <source>Key success factors</source>
        <translation>Facteurs clés de succès</translation>
    </message>
    <message>
        <location filename="../../ui/models/board.py" line="310"/>
        <source>Action %1 — %2</source>
        <translation>Action %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/board.py" line="312"/>
        <source>No action</source>
        <translation>Sans action</translation>
    </message>
    <message>
        <location filename="../../ui/models/board.py" line="314"/>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <location filename="../../ui/models/board.py" line="387"/>
        <source>(answers no issue)</source>
        <translation>(sans difficulté liée)</translation>
    </message>
    <message>
        <location filename="../../ui/models/board.py" line="428"/>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/board.py" line="454"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../ui/board_view.py" line="189"/>
        <source>Board: issues and improvements</source>
        <translation>Tableau&#xa0;: difficultés et pistes d’amélioration</translation>
    </message>
    <message>
        <location filename="../../ui/board_view.py" line="305"/>
        <source>Nothing matches the filter.</source>
        <translation>Aucune contribution ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../../ui/board_view.py" line="308"/>
        <source>Nothing captured yet. Type what is said in the box above, then Enter:
an issue first (Ctrl+1), then the improvements that answer it (Ctrl+2).</source>
        <translation>Rien n’est encore saisi. Tapez ce qui se dit dans la case ci-dessus, puis Entrée&#xa0;:
d’abord une difficulté (Ctrl+1), puis les pistes qui y répondent (Ctrl+2).</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../../ui/capture.py" line="350"/>
        <source>Capture: type what is said, then Enter</source>
        <translation>Saisie&#xa0;: tapez ce qui se dit, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../ui/capture.py" line="351"/>
        <source>Type what is said, then Enter</source>
        <translation>Tapez ce qui se dit, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../ui/capture.py" line="378"/>
        <source>#theme  @person  !action number  ·  Shift+Enter: new line  ·  F6: board</source>
        <translation>#thème  @personne  !n° d’action  ·  Maj+Entrée&#xa0;: à la ligne  ·  F6&#xa0;: tableau</translation>
    </message>
    <message>
        <location filename="../../ui/capture.py" line="399"/>
        <source>Current kind: %1</source>
        <translation>Type actuel&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture.py" line="416"/>
        <source>Answers: “%1”  (Ctrl+↑/↓ to choose another issue)</source>
        <translation>Répond à&#xa0;: «&#xa0;%1&#xa0;»  (Ctrl+↑/↓&#xa0;: autre difficulté)</translation>
    </message>
    <message>
        <location filename="../../ui/capture.py" line="420"/>
        <source>Answers no issue (select one on the board to link it)</source>
        <translation>Aucune difficulté liée (sélectionnez-en une dans le tableau)</translation>
    </message>
</context>
<context>
    <name>CellEditor</name>
    <message>
        <location filename="../../ui/cell_editor.py" line="22"/>
        <source>Edit the entry: Enter saves, Escape cancels</source>
        <translation>Modifier la contribution : Entrée enregistre, Échap annule</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="70"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="72"/>
        <source>Show the numbers of this chart as a table</source>
        <translation>Afficher les chiffres de ce graphique sous forme de tableau</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="73"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="74"/>
        <source>Copy the chart and its numbers</source>
        <translation>Copier le graphique et ses chiffres</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="75"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="333"/>
        <location filename="../../ui/dashboard/charts.py" line="337"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="76"/>
        <source>Save the chart as a PNG or SVG image</source>
        <translation>Enregistrer le graphique en image PNG ou SVG</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="87"/>
        <location filename="../../ui/dashboard/charts.py" line="166"/>
        <source>No data for this selection</source>
        <translation>Aucune donnée pour cette sélection</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="100"/>
        <source>Numbers of the chart: %1</source>
        <translation>Chiffres du graphique : %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_export.py" line="77"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_export.py" line="78"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart_export.py" line="84"/>
        <source>Save the Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash_dialog.py" line="44"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="53"/>
        <source>Atelier met an unexpected problem and stopped what it was doing. What was saved is safe, and the text being typed in the capture box is kept as a draft: you can go on working.</source>
        <translation>Atelier a rencontré un problème inattendu et a interrompu ce qu’il faisait. Ce qui était enregistré est en sécurité, et le texte en cours de saisie est gardé comme brouillon : vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="66"/>
        <source>The details were written to Atelier’s log (it holds no one’s words or names). If it happens again, please send this file to the person who helps you with Atelier:</source>
        <translation>Les détails ont été écrits dans le journal d’Atelier (il ne contient ni les propos ni les noms de personne). Si cela se reproduit, envoyez ce fichier à la personne qui vous aide avec Atelier :</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="77"/>
        <source>Atelier could not write its log on this computer.</source>
        <translation>Atelier n’a pas pu écrire son journal sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="83"/>
        <source>Technical detail: %1</source>
        <translation>Détail technique : %1</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="89"/>
        <source>Open the log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.py" line="121"/>
        <source>Atelier could not open the folder. The log is: %1</source>
        <translation>Atelier n’a pas pu ouvrir le dossier. Le journal se trouve ici : %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="56"/>
        <source>Attendance per workshop, by role</source>
        <translation>Présence par atelier, par rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="56"/>
        <location filename="../../ui/dashboard/dashboard.py" line="65"/>
        <location filename="../../ui/dashboard/dashboard.py" line="87"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="59"/>
        <source>Who speaks: contributions by role and kind</source>
        <translation>Qui prend la parole : contributions par rôle et par type</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="59"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="62"/>
        <source>Contributions per theme and territory</source>
        <translation>Contributions par thème et par territoire</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="62"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="65"/>
        <source>Satisfaction across workshops</source>
        <translation>Satisfaction au fil des ateliers</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="69"/>
        <source>Feedback question</source>
        <translation>Question d’évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="70"/>
        <source>No feedback question in these workshops</source>
        <translation>Aucune question d’évaluation dans ces ateliers</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="72"/>
        <source>Question:</source>
        <translation>Question :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="75"/>
        <source>Indicator against its baseline and target</source>
        <translation>Indicateur, situation de départ et cible</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="76"/>
        <location filename="../../ui/dashboard/indicator_table.py" line="145"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="80"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="81"/>
        <source>No indicator in this programme</source>
        <translation>Aucun indicateur dans ce programme</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="83"/>
        <source>Indicator:</source>
        <translation>Indicateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="86"/>
        <source>Improvements by status, cumulative</source>
        <translation>Pistes d’amélioration par statut, en cumul</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="122"/>
        <location filename="../../ui/dashboard/indicator_table.py" line="146"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="129"/>
        <source>Kind of workshop</source>
        <translation>Type d’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="130"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="133"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="134"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="137"/>
        <source>Territory:</source>
        <translation>Territoire :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="138"/>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="139"/>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="140"/>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="147"/>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="149"/>
        <source>Take the dates off the filter</source>
        <translation>Retirer les dates du filtre</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="182"/>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard.py" line="217"/>
        <source>All territories</source>
        <translation>Tous les territoires</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard.py" line="240"/>
        <source>%n workshop(s) selected</source>
        <translation>
            <numerusform>%n atelier retenu</numerusform>
            <numerusform>%n ateliers retenus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboard.py" line="242"/>
        <source>%n contribution(s).</source>
        <translation>
            <numerusform>%n contribution.</numerusform>
            <numerusform>%n contributions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="88"/>
        <source>Not attributed</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="100"/>
        <source>No territory</source>
        <translation>Sans territoire</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="106"/>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="128"/>
        <source>New</source>
        <comment>improvements a workshop brought</comment>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="131"/>
        <source>Each bar: the improvements of the workshops up to that date, by their status today.</source>
        <translation>Chaque barre&#xa0;: les pistes des ateliers jusqu’à cette date, selon leur statut actuel.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="152"/>
        <source>No feedback question in the selected workshops.</source>
        <translation>Aucune question d’évaluation dans les ateliers retenus.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="158"/>
        <source>not asked</source>
        <translation>question non posée</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="159"/>
        <source>no answers</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="172"/>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="180"/>
        <source>&lt; 5 answers</source>
        <translation>moins de 5 réponses</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="184"/>
        <source>&lt; 5 answers (n = %1)</source>
        <translation>moins de 5 réponses (n = %1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="190"/>
        <source>The number of answers of each workshop: in the table and under the mouse.</source>
        <translation>Le nombre de réponses de chaque atelier&#xa0;: dans le tableau et sous la souris.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="195"/>
        <source>n: the number of answers. No mean is shown under five answers.</source>
        <translation>n&#xa0;: nombre de réponses. Aucune moyenne n’est affichée en dessous de cinq réponses.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="218"/>
        <source>&lt; 5 answers: no mean shown</source>
        <translation>moins de 5 réponses&#xa0;: pas de moyenne</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="206"/>
        <source>Mean rating (1–5)</source>
        <translation>Note moyenne (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="215"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/tables.py" line="199"/>
        <source>No mean to show: a mean needs at least five answers in a workshop.</source>
        <translation>Aucune moyenne à afficher : il faut au moins cinq réponses dans un atelier.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/indicator_table.py" line="24"/>
        <source>Action %1 — %2</source>
        <translation>Action %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/indicator_table.py" line="37"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/indicator_table.py" line="39"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/indicator_table.py" line="69"/>
        <source>No indicator yet: the indicators of the programme&apos;s actions are written in Workshop › Programme Monitoring…</source>
        <translation>Aucun indicateur pour l’instant&#xa0;: les indicateurs des actions du programme se saisissent dans Atelier › Suivi du programme…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/indicator_table.py" line="82"/>
        <location filename="../../ui/dashboard/indicator_table.py" line="117"/>
        <source>Baseline</source>
        <translation>Situation de départ</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/indicator_table.py" line="88"/>
        <location filename="../../ui/dashboard/indicator_table.py" line="122"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/indicator_table.py" line="95"/>
        <location filename="../../ui/dashboard/indicator_table.py" line="102"/>
        <location filename="../../ui/dashboard/indicator_table.py" line="116"/>
        <location filename="../../ui/dashboard/indicator_table.py" line="121"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/indicator_table.py" line="127"/>
        <source>No measurement of this indicator in this selection.</source>
        <translation>Aucune mesure de cet indicateur dans cette sélection.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/indicator_table.py" line="131"/>
        <source>A text indicator: its values are listed in the table.</source>
        <translation>Indicateur en texte&#xa0;: ses valeurs sont listées dans le tableau.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/indicator_table.py" line="136"/>
        <source>Measured value</source>
        <translation>Valeur mesurée</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/indicator_table.py" line="147"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/indicator_table.py" line="148"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <location filename="../../ui/dashboard/__init__.py" line="35"/>
        <location filename="../../ui/dashboard/__init__.py" line="36"/>
        <source>Programme dashboard</source>
        <translation>Tableau de bord du programme</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/__init__.py" line="37"/>
        <source>Programme &amp;Dashboard</source>
        <translation>&amp;Tableau de bord du programme</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/__init__.py" line="42"/>
        <source>Charts of the programme&apos;s workshops: attendance, who speaks, feedback</source>
        <translation>Graphiques des ateliers du programme : présence, prises de parole, avis</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../ui/capture_draft.py" line="90"/>
        <source>The text you were typing in this workshop was kept: it is back in the capture box, not saved yet (Enter to save it).</source>
        <translation>Le texte que vous tapiez dans cet atelier a été conservé&#xa0;: il est de retour dans la zone de saisie, pas encore enregistré (Entrée pour l’enregistrer).</translation>
    </message>
    <message>
        <location filename="../../ui/capture_draft.py" line="102"/>
        <source>The text being typed could not be kept: %1</source>
        <translation>Le texte en cours de saisie n’a pas pu être conservé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EditDraftKeeper</name>
    <message>
        <location filename="../../ui/edit_draft.py" line="47"/>
        <source>The change you were making to an entry was kept: it is back in its editor, not saved yet (Enter saves it, Escape drops it).</source>
        <translation>La modification que vous faisiez sur une contribution a été gardée : elle est de nouveau dans son éditeur, pas encore enregistrée (Entrée l’enregistre, Échap l’abandonne).</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <location filename="../../ui/entry_actions.py" line="66"/>
        <source>Add a vote</source>
        <translation>Ajouter un vote</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="69"/>
        <source>Remove a vote</source>
        <translation>Retirer un vote</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="72"/>
        <source>Sort by votes</source>
        <translation>Trier par votes</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="76"/>
        <source>Previous issue</source>
        <translation>Difficulté précédente</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="82"/>
        <source>Next issue</source>
        <translation>Difficulté suivante</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="85"/>
        <source>Link improvement to the previous issue</source>
        <translation>Relier la piste à la difficulté précédente</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="93"/>
        <source>Link improvement to the next issue</source>
        <translation>Relier la piste à la difficulté suivante</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="99"/>
        <source>Unlink improvement from its issue</source>
        <translation>Détacher la piste de sa difficulté</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="105"/>
        <source>Move entry up</source>
        <translation>Monter la contribution</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="108"/>
        <source>Move entry down</source>
        <translation>Descendre la contribution</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="111"/>
        <source>Edit entry</source>
        <translation>Modifier la contribution</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="120"/>
        <source>Set theme…</source>
        <translation>Choisir le thème…</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="123"/>
        <source>Set action…</source>
        <translation>Choisir l’action…</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="126"/>
        <source>Set author…</source>
        <translation>Attribuer à…</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="129"/>
        <source>Set improvement status…</source>
        <translation>Statut de la piste…</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="135"/>
        <source>File next entries under…</source>
        <translation>Classer les prochaines contributions sous…</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="138"/>
        <source>File next entries under nothing</source>
        <translation>Ne plus classer les prochaines contributions</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="144"/>
        <source>Action item from entry…</source>
        <translation>Créer une action de suivi…</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="150"/>
        <source>Remove entry</source>
        <translation>Supprimer la contribution</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="160"/>
        <source>Filter this workshop</source>
        <translation>Filtrer cet atelier</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="166"/>
        <source>Switch between capture and board</source>
        <translation>Basculer entre saisie et tableau</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="224"/>
        <source>Select an entry on the board first.</source>
        <translation>Sélectionnez d’abord une contribution dans le tableau.</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="239"/>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="241"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="248"/>
        <source>No action</source>
        <translation>Sans action</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="250"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="260"/>
        <source>No author</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="262"/>
        <source>Author</source>
        <translation>Auteur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="270"/>
        <source>Only an improvement has a status.</source>
        <translation>Seule une piste d’amélioration a un statut.</translation>
    </message>
    <message>
        <location filename="../../ui/entry_actions.py" line="274"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>EntryEdits</name>
    <message>
        <location filename="../../ui/entry_edits.py" line="107"/>
        <source>Capture “%1”</source>
        <translation>Saisir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/entry_edits.py" line="128"/>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <location filename="../../ui/entry_edits.py" line="174"/>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/entry_edits.py" line="199"/>
        <source>Change theme</source>
        <translation>Changer le thème</translation>
    </message>
    <message>
        <location filename="../../ui/entry_edits.py" line="200"/>
        <source>Change action</source>
        <translation>Changer l’action</translation>
    </message>
    <message>
        <location filename="../../ui/entry_edits.py" line="201"/>
        <source>Change author</source>
        <translation>Changer l’auteur·e</translation>
    </message>
    <message>
        <location filename="../../ui/entry_edits.py" line="202"/>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location filename="../../ui/entry_edits.py" line="203"/>
        <source>Change kind</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <location filename="../../ui/entry_edits.py" line="205"/>
        <source>Change entry</source>
        <translation>Modifier la contribution</translation>
    </message>
    <message>
        <location filename="../../ui/entry_edits.py" line="215"/>
        <source>Votes on “%1”</source>
        <translation>Votes sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/entry_edits.py" line="231"/>
        <source>Unlink improvement</source>
        <translation>Délier la piste</translation>
    </message>
    <message>
        <location filename="../../ui/entry_edits.py" line="244"/>
        <source>Link to “%1”</source>
        <translation>Lier à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/entry_edits.py" line="298"/>
        <source>Move entry</source>
        <translation>Déplacer la contribution</translation>
    </message>
    <message>
        <location filename="../../ui/entry_edits.py" line="321"/>
        <source>Remove “%1”</source>
        <translation>Retirer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/entry_edits.py" line="332"/>
        <source>Add action item “%1”</source>
        <translation>Ajouter l’action de suivi «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../ui/prepare/dialog_parts.py" line="30"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="46"/>
        <source>Select a workshop first.</source>
        <translation>Choisissez d’abord un atelier.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="52"/>
        <source>The programme “%1” goes into one file, with its actions, themes, monitoring criteria and planned workshops, for the facilitators to merge into their workspace.</source>
        <translation>Le programme « %1 » est mis dans un seul fichier, avec ses actions, ses thèmes, ses critères de suivi et ses ateliers prévus, pour que les animateurs le fusionnent dans leur espace de travail.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="60"/>
        <source>The workshop “%1” goes into one file, with its entries, attendance, agenda, feedback and action items, for the coordinator to merge.</source>
        <translation>L’atelier « %1 » est mis dans un seul fichier, avec ses contributions, les présences, le déroulé, les avis et les suites à donner, pour que la coordination le fusionne.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="68"/>
        <source>Send the programme</source>
        <translation>Envoyer le programme</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="70"/>
        <source>Send the workshop</source>
        <translation>Envoyer l’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="75"/>
        <source>&amp;Include the participants&apos; names</source>
        <translation>&amp;Inclure les noms des participants</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="127"/>
        <source>Atelier exchange file (*.atelier)</source>
        <translation>Fichier d’échange Atelier (*.atelier)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="145"/>
        <source>Cannot send</source>
        <translation>Envoi impossible</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="149"/>
        <source>“%1” is written: send it by USB key, e-mail or a shared folder.</source>
        <translation>« %1 » est écrit : transmettez-le par clé USB, courriel ou dossier partagé.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="159"/>
        <source>before a merge</source>
        <translation>avant une fusion</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="160"/>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="161"/>
        <source>by hand</source>
        <translation>à la demande</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="162"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="165"/>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="191"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="83"/>
        <source>The participants go with their names: send the file only to people who may know them.</source>
        <translation>Les participants partent avec leurs noms : n’envoyez le fichier qu’à des personnes qui peuvent les connaître.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="88"/>
        <source>Without names, the file holds no participant (erased people excepted, without their name).</source>
        <translation>Sans les noms, le fichier ne contient aucun participant (sauf les personnes effacées, sans leur nom).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="93"/>
        <source>Without names, the people are pseudonyms (“Participant 3F2A”, the same in every file, role kept) and their names typed in the texts are replaced by them.</source>
        <translation>Sans les noms, les personnes deviennent des pseudonymes (« Participant 3F2A », le même dans chaque fichier, rôle conservé) et leurs noms tapés dans les textes sont remplacés par ces pseudonymes.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="114"/>
        <source>with names</source>
        <translation>avec les noms</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="116"/>
        <source>without names</source>
        <translation>sans les noms</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="205"/>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="206"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="207"/>
        <source>What it holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="216"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="219"/>
        <source>Backups of “%1”, newest first (kept: the %2 most recent, then one a week for %3 weeks). What the workspace holds now is backed up before a restore.</source>
        <translation>Sauvegardes de « %1 », la plus récente d’abord (conservées : les %2 plus récentes, puis une par semaine pendant %3 semaines). Le contenu actuel de l’espace de travail est sauvegardé avant toute restauration.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="242"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="253"/>
        <source>There is no backup of this workspace yet.</source>
        <translation>Cet espace de travail n’a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="268"/>
        <source>Put back the workspace as it was on %1? What it holds now is backed up first, and can be restored the same way.</source>
        <translation>Remettre l’espace de travail tel qu’il était le %1 ? Son contenu actuel est d’abord sauvegardé et pourra être restauré de la même façon.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="280"/>
        <location filename="../../ui/exchange_dialogs.py" line="330"/>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="286"/>
        <source>The backup is restored.</source>
        <translation>La sauvegarde est restaurée.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="305"/>
        <source>Its latest backup was taken on %1. Put it back? The damaged file is kept beside it, renamed.</source>
        <translation>Sa dernière sauvegarde date du %1. La remettre en place ? Le fichier abîmé est gardé à côté, renommé.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="312"/>
        <source>Cannot open the workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="319"/>
        <source>&amp;Restore the latest backup</source>
        <translation>&amp;Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="336"/>
        <source>The latest backup is back; the damaged file is kept as “%1”.</source>
        <translation>La dernière sauvegarde est remise en place ; le fichier abîmé est gardé sous « %1 ».</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../ui/export_runner.py" line="104"/>
        <source>An export is already running.</source>
        <translation>Un export est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="205"/>
        <source>The texts could not be changed.</source>
        <translation>Les textes n’ont pas pu être modifiés.</translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="220"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="235"/>
        <source>“%1”: the format chosen is %2, so the file is “%3”.</source>
        <translation>« %1 » : le format choisi est %2, le fichier s’appelle donc « %3 ».</translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="252"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="253"/>
        <source>“%1” already exists in %2. Replace it?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà dans %2. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="264"/>
        <source>Writing “%1”…</source>
        <translation>Écriture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="280"/>
        <source>%1 could not be created: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="288"/>
        <source>Preparing the summary for printing…</source>
        <translation>Préparation de la synthèse pour l’impression…</translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="302"/>
        <source>These characters could not be printed and show as empty boxes: %1</source>
        <translation>Ces caractères n’ont pas pu être imprimés et apparaissent comme des cases vides&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="308"/>
        <source>The summary is open in your PDF viewer: print it from there.</source>
        <translation>La synthèse est ouverte dans votre lecteur PDF&#xa0;: imprimez-la depuis celui-ci.</translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="312"/>
        <source>The summary is saved as “%1”.</source>
        <translation>La synthèse est enregistrée sous « %1 ».</translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="314"/>
        <source>No PDF viewer</source>
        <translation>Pas de lecteur PDF</translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="317"/>
        <source>The summary is written, but no application on this computer could open it to print it. It is saved as:
%1

Open it with a PDF reader to print it.</source>
        <translation>La synthèse est écrite, mais aucune application de cet ordinateur n’a pu l’ouvrir pour l’imprimer. Elle est enregistrée sous :
%1

Ouvrez-la avec un lecteur PDF pour l’imprimer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_runner.py" line="326"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_runner.py" line="328"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="329"/>
        <source>Exported “%1” (%2).</source>
        <translation>Exporté&#xa0;: «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="331"/>
        <source>“%1” is written (%2) in the folder:
%3</source>
        <translation>«&#xa0;%1&#xa0;» est enregistré (%2) dans le dossier&#xa0;:
%3</translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="337"/>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="344"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="355"/>
        <source>The export failed</source>
        <translation>L’export a échoué</translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="356"/>
        <source>The export failed; no file was written.</source>
        <translation>L’export a échoué&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/export_runner.py" line="360"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="87"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="93"/>
        <source>What to export</source>
        <translation>Que voulez-vous exporter&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="97"/>
        <source>&amp;Workshop summary (PDF)</source>
        <translation>&amp;Synthèse de l’atelier (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="98"/>
        <source>Programme &amp;synthesis (PDF)</source>
        <translation>Synthèse du &amp;programme (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="99"/>
        <source>Entries &amp;table (CSV)</source>
        <translation>&amp;Tableau des contributions (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="100"/>
        <source>Work&amp;book (XLSX)</source>
        <translation>&amp;Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="109"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="113"/>
        <source>This workshop: %1</source>
        <translation>Cet atelier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="116"/>
        <source>All workshops of the programme</source>
        <translation>Tous les ateliers du programme</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="117"/>
        <source>Between two dates</source>
        <translation>Entre deux dates</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="124"/>
        <source>In one territory</source>
        <translation>Sur un territoire</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="126"/>
        <source>Of one kind</source>
        <translation>D’un seul type</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="136"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="137"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="140"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="144"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="147"/>
        <source>Kind of workshop</source>
        <translation>Type d’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="151"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="152"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="153"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="157"/>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="158"/>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="159"/>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="160"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="163"/>
        <source>Excel set to French splits a CSV at semicolons, in English at commas. LibreOffice asks when it opens the file.</source>
        <translation>Excel réglé en français sépare les colonnes d’un CSV aux points-virgules, en anglais aux virgules. LibreOffice pose la question à l’ouverture du fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="172"/>
        <source>W&amp;orkshops:</source>
        <translation>&amp;Ateliers&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="174"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="176"/>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritoire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="177"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="178"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="179"/>
        <source>Se&amp;parator:</source>
        <translation>Séparate&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="181"/>
        <source>Include participants&apos; &amp;names</source>
        <translation>Inclure les &amp;noms des participant·es</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="184"/>
        <source>Names are personal data: share the file only with people who may see them.</source>
        <translation>Les noms sont des données personnelles&#xa0;: ne partagez le fichier qu’avec les personnes autorisées à les voir.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="194"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="129"/>
        <location filename="../../ui/export_dialog.py" line="325"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n atelier</numerusform>
            <numerusform>%n ateliers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="328"/>
        <source>No workshop matches this choice.</source>
        <translation>Aucun atelier ne correspond à ce choix.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../../ui/export_worker.py" line="126"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/export_worker.py" line="128"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/export_worker.py" line="160"/>
        <source>The export stopped on an unexpected error: %1</source>
        <translation>L’export s’est arrêté sur une erreur inattendue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="560"/>
        <location filename="../../ui/feedback/paper.py" line="287"/>
        <source>No feedback questions</source>
        <translation>Aucune question d’avis</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="561"/>
        <source>This workshop has no feedback questions yet. Add some first.</source>
        <translation>Cet atelier n’a pas encore de questions d’avis. Ajoutez-en d’abord.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/paper.py" line="288"/>
        <source>Add questions first.</source>
        <translation>Ajoutez d’abord des questions.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/paper.py" line="304"/>
        <source>feedback-form.pdf</source>
        <translation>formulaire-avis.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/paper.py" line="307"/>
        <source>Print paper feedback form</source>
        <translation>Imprimer le formulaire d’avis papier</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/paper.py" line="326"/>
        <source>The form was not written</source>
        <translation>Le formulaire n’a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/paper.py" line="332"/>
        <source>Paper feedback form</source>
        <translation>Formulaire d’avis papier</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/paper.py" line="333"/>
        <source>Written to %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../ui/feedback/panel.py" line="69"/>
        <source>Edit questions…</source>
        <translation>Modifier les questions…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/panel.py" line="70"/>
        <source>Start kiosk…</source>
        <translation>Lancer la borne…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/panel.py" line="71"/>
        <source>Type paper forms…</source>
        <translation>Saisir les formulaires papier…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/panel.py" line="72"/>
        <source>Print paper form…</source>
        <translation>Imprimer le formulaire papier…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/panel.py" line="128"/>
        <source>Choose a workshop to see its feedback.</source>
        <translation>Choisissez un atelier pour voir ses avis.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/panel.py" line="134"/>
        <source>%n response(s) from participants.</source>
        <translation>
            <numerusform>%n réponse des participant·es.</numerusform>
            <numerusform>%n réponses des participant·es.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/feedback/panel.py" line="136"/>
        <source>No feedback questions yet: use “Edit questions…” to add some.</source>
        <translation>Pas encore de questions d’avis&#xa0;: utilisez «&#xa0;Modifier les questions…&#xa0;» pour en ajouter.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/panel.py" line="154"/>
        <source>Mean %1 / 5</source>
        <translation>Moyenne&#xa0;: %1&#xa0;/&#xa0;5</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/panel.py" line="169"/>
        <source>Fewer than %1 answers: neither the mean nor the distribution is shown, so that nobody can be recognised.</source>
        <translation>Moins de %1 réponses&#xa0;: ni la moyenne ni la répartition ne sont affichées, pour que personne ne puisse être reconnu·e.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/panel.py" line="189"/>
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Commentaire (%n)</numerusform>
            <numerusform>Commentaires (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/feedback/panel.py" line="192"/>
        <source>In alphabetical order, so that no comment can be matched to a rating.</source>
        <translation>Par ordre alphabétique, pour qu’aucun commentaire ne puisse être rapproché d’une note.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/panel.py" line="152"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/feedback/panel.py" line="157"/>
        <source>No answer yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
</context>
<context>
    <name>FeedbackTools</name>
    <message>
        <location filename="../../ui/feedback/__init__.py" line="27"/>
        <source>Feedback</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/__init__.py" line="30"/>
        <source>Feedback &amp;Questions…</source>
        <translation>&amp;Questions d’avis…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/__init__.py" line="32"/>
        <source>Start Feedback &amp;Kiosk…</source>
        <translation>Lancer la &amp;borne d’avis…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/__init__.py" line="38"/>
        <source>Type Paper Feedback &amp;Forms…</source>
        <translation>Saisir les &amp;formulaires papier…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/__init__.py" line="44"/>
        <source>Print Paper Feedback F&amp;orm…</source>
        <translation>Imprimer le f&amp;ormulaire papier…</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/__init__.py" line="101"/>
        <source>No feedback questions yet</source>
        <translation>Pas encore de questions d’avis</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/__init__.py" line="104"/>
        <source>This workshop has no feedback questions yet. Start the kiosk with these ones? (You can change them later with “Edit questions…”.)

%1</source>
        <translation>Cet atelier n’a pas encore de questions d’avis. Lancer la borne avec celles-ci ? (Vous pourrez les changer ensuite avec « Modifier les questions… ».)

%1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/__init__.py" line="114"/>
        <source>&amp;Use these questions</source>
        <translation>&amp;Utiliser ces questions</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/__init__.py" line="115"/>
        <source>&amp;Edit questions…</source>
        <translation>&amp;Modifier les questions…</translation>
    </message>
</context>
<context>
    <name>Filing</name>
    <message>
        <location filename="../../ui/filing.py" line="143"/>
        <source>File the next entries under</source>
        <translation>Classer les prochaines contributions sous</translation>
    </message>
    <message>
        <location filename="../../ui/filing.py" line="147"/>
        <source>&amp;Like the selected entry: %1</source>
        <translation>&amp;Comme la contribution sélectionnée : %1</translation>
    </message>
    <message>
        <location filename="../../ui/filing.py" line="152"/>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <location filename="../../ui/filing.py" line="160"/>
        <source>&amp;No action</source>
        <translation>&amp;Sans action</translation>
    </message>
    <message>
        <location filename="../../ui/filing.py" line="163"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../ui/filing.py" line="172"/>
        <source>N&amp;o theme</source>
        <translation>Sans t&amp;hème</translation>
    </message>
    <message>
        <location filename="../../ui/filing.py" line="174"/>
        <source>&amp;Clear (Ctrl+Shift+L)</source>
        <translation>&amp;Effacer (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <location filename="../../ui/filing.py" line="190"/>
        <source>no action, no theme</source>
        <translation>ni action ni thème</translation>
    </message>
    <message>
        <location filename="../../ui/filing.py" line="197"/>
        <source>Filed under: %1 — where the issue it answers is</source>
        <translation>Classement : %1 — celui de sa difficulté</translation>
    </message>
    <message>
        <location filename="../../ui/filing.py" line="202"/>
        <source>Filed under: no action, no theme  (Ctrl+L to choose)</source>
        <translation>Classement : ni action ni thème  (Ctrl+L pour choisir)</translation>
    </message>
    <message>
        <location filename="../../ui/filing.py" line="203"/>
        <source>Filed under: %1</source>
        <translation>Classement : %1</translation>
    </message>
    <message>
        <location filename="../../ui/filing.py" line="211"/>
        <source>Nothing to save yet: only markers.</source>
        <translation>Rien à enregistrer pour l’instant : seulement des marqueurs.</translation>
    </message>
    <message>
        <location filename="../../ui/filing.py" line="219"/>
        <source>%1 unused: an improvement goes with its issue</source>
        <translation>%1 non utilisé : une piste va avec sa difficulté</translation>
    </message>
    <message>
        <location filename="../../ui/filing.py" line="225"/>
        <source>%1 kept as typed</source>
        <translation>%1 gardé tel quel</translation>
    </message>
    <message>
        <location filename="../../ui/filing.py" line="226"/>
        <source>Enter saves: “%1”</source>
        <translation>Entrée enregistre : « %1 »</translation>
    </message>
</context>
<context>
    <name>FilingBar</name>
    <message>
        <location filename="../../ui/filing.py" line="57"/>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <location filename="../../ui/filing.py" line="58"/>
        <source>File the next entries under… (Ctrl+L)</source>
        <translation>Classer les prochaines contributions sous… (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/filing.py" line="64"/>
        <source>Clear the filing context</source>
        <translation>Effacer le classement</translation>
    </message>
    <message>
        <location filename="../../ui/filing.py" line="65"/>
        <source>File the next entries under nothing (Ctrl+Shift+L)</source>
        <translation>Ne plus classer les prochaines contributions (Ctrl+Maj+L)</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../ui/follow_up.py" line="83"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="128"/>
        <source>No action</source>
        <translation>Sans action</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="132"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="143"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="162"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="163"/>
        <source>Improvement</source>
        <translation>Piste d’amélioration</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="164"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="165"/>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="166"/>
        <source>Since last time</source>
        <translation>Depuis la dernière fois</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../../ui/follow_up.py" line="213"/>
        <source>Improvements of earlier workshops</source>
        <translation>Pistes d’amélioration des ateliers précédents</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="287"/>
        <source>Change an improvement&apos;s status</source>
        <translation>Changer le statut d’une piste d’amélioration</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="299"/>
        <source>No earlier workshop of these actions.</source>
        <translation>Aucun atelier précédent pour ces actions.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="303"/>
        <source>Previous workshop: %1 (%2).</source>
        <translation>Atelier précédent : %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="305"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="309"/>
        <source>Improvements of earlier workshops of this workshop&apos;s actions still proposed or planned, and those whose status changed since the previous workshop.</source>
        <translation>Pistes d’amélioration des ateliers précédents de ces actions, toujours proposées ou prévues, et celles dont le statut a changé depuis l’atelier précédent.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="313"/>
        <source>Improvements of earlier workshops of the programme still proposed or planned, and those whose status changed since the previous workshop (this workshop is linked to no action).</source>
        <translation>Pistes d’amélioration des ateliers précédents du programme, toujours proposées ou prévues, et celles dont le statut a changé depuis l’atelier précédent (cet atelier n’est rattaché à aucune action).</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="318"/>
        <source>Nothing to follow up: no improvement of an earlier workshop is still open.</source>
        <translation>Rien à suivre : aucune piste d’amélioration d’un atelier précédent n’est encore ouverte.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up.py" line="320"/>
        <source>Change a status with F2 or a double click; Ctrl+Z puts it back.</source>
        <translation>F2 ou un double clic change un statut ; Ctrl+Z le remet.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/dialogs.py" line="46"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="47"/>
        <source>Save what is typed in the capture box</source>
        <translation>Enregistrer ce qui est saisi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="50"/>
        <source>Shift+Enter</source>
        <translation>Maj+Entrée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="51"/>
        <source>New line in the capture box</source>
        <translation>Aller à la ligne dans la saisie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="55"/>
        <source>Theme, person, action number: a list to complete appears</source>
        <translation>Thème, personne, n° d’action&#xa0;: une liste de choix s’ouvre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="60"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="61"/>
        <source>Accept the highlighted completion</source>
        <translation>Accepter le choix en surbrillance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="64"/>
        <source>Enter (list open)</source>
        <translation>Entrée (liste ouverte)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="65"/>
        <source>Accept the highlighted completion and save</source>
        <translation>Accepter la proposition en surbrillance et enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="68"/>
        <source>Ctrl+Z (empty box)</source>
        <translation>Ctrl+Z (zone vide)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="69"/>
        <source>Undo the last capture; its text comes back</source>
        <translation>Annuler la dernière saisie ; son texte revient dans la zone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="73"/>
        <source>Set the role of the selected person (roster)</source>
        <translation>Choisir le rôle de la personne sélectionnée (liste des participant·es)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="75"/>
        <source>Add or remove a vote (board)</source>
        <translation>Ajouter ou retirer un vote (tableau)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="77"/>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="78"/>
        <source>Back to the capture box (board)</source>
        <translation>Revenir à la saisie (tableau)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="81"/>
        <source>Double-click</source>
        <translation>Double-clic</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="82"/>
        <source>Edit an entry in place (board)</source>
        <translation>Modifier une contribution sur place (tableau)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="99"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="100"/>
        <source>While typing</source>
        <translation>Pendant la saisie</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="22"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="24"/>
        <source>Open workspace</source>
        <translation>Espace de travail ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="27"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="29"/>
        <source>Log folder</source>
        <translation>Dossier du journal</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="32"/>
        <source>Settings file</source>
        <translation>Fichier des préférences</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="34"/>
        <source>Built with</source>
        <translation>Construit avec</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="47"/>
        <source>Captures what a workshop says, offline. Everything stays in the workspace file on this computer.</source>
        <translation>Garde la trace de ce qui se dit en atelier, sans connexion. Tout reste dans le fichier de l’espace de travail, sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="52"/>
        <source>If something goes wrong, the log folder holds what happened (without anyone’s words or names): send its files to the person who helps you with Atelier.</source>
        <translation>En cas de problème, le dossier du journal garde la trace de ce qui s’est passé (sans les propos ni les noms de personne) : envoyez ses fichiers à la personne qui vous aide avec Atelier.</translation>
    </message>
</context>
<context>
    <name>ImportEntries</name>
    <message>
        <location filename="../../ui/import_entries.py" line="53"/>
        <source>Imported %1 entries (%2).</source>
        <translation>%1 contributions importées (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/import_entries.py" line="59"/>
        <source>New participants: %1.</source>
        <translation>Nouvelles personnes&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_entries.py" line="86"/>
        <source>Import entries</source>
        <translation>Importer des contributions</translation>
    </message>
    <message>
        <location filename="../../ui/import_entries.py" line="98"/>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <location filename="../../ui/import_entries.py" line="100"/>
        <source>“%1” cannot be imported as it is; nothing was imported.

%2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être importé tel quel&#xa0;; rien n’a été importé.

%2</translation>
    </message>
    <message>
        <location filename="../../ui/import_entries.py" line="109"/>
        <source>Import “%1”</source>
        <translation>Importer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/import_entries.py" line="121"/>
        <source>Save an import template</source>
        <translation>Enregistrer un modèle d’import</translation>
    </message>
</context>
<context>
    <name>ImprovementStatusDelegate</name>
    <message>
        <location filename="../../ui/follow_up.py" line="177"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message numerus="yes">
        <location filename="../../ui/monitoring/models.py" line="232"/>
        <source>%n measurement(s) no longer fit this kind: marked ⚠ in the table, kept as they were.</source>
        <translation>
            <numerusform>%n mesure ne correspond plus à ce type : marquée ⚠ dans le tableau, gardée telle quelle.</numerusform>
            <numerusform>%n mesures ne correspondent plus à ce type : marquées ⚠ dans le tableau, gardées telles quelles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="99"/>
        <source>Your opinion</source>
        <translation>Votre avis</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="153"/>
        <source>Touch a face, or press a key from 1 to 5. Then Enter.</source>
        <translation>Touchez un visage ou tapez un chiffre de 1 à 5. Puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="156"/>
        <location filename="../../ui/feedback/kiosk.py" line="215"/>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="172"/>
        <source>Anything you would like to add? (optional)</source>
        <translation>Voulez-vous ajouter quelque chose&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="176"/>
        <source>Your comment</source>
        <translation>Votre commentaire</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="180"/>
        <source>Attach my name to my answers</source>
        <translation>Mettre mon nom sur mes réponses</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="187"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="203"/>
        <source>Your answers are anonymous unless you tick the box.</source>
        <translation>Vos réponses sont anonymes, sauf si vous cochez la case.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="211"/>
        <source>Send without my name</source>
        <translation>Envoyer sans mon nom</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="218"/>
        <source>Send my answers ✔</source>
        <translation>Envoyer mes réponses ✔</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="234"/>
        <source>Thank you!</source>
        <translation>Merci&#xa0;!</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="236"/>
        <source>Your answers are saved. The next person can start.</source>
        <translation>Vos réponses sont enregistrées. La personne suivante peut commencer.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="237"/>
        <source>Press Enter or touch the screen to continue.</source>
        <translation>Appuyez sur Entrée ou touchez l’écran pour continuer.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="360"/>
        <source>Type your name, or untick the box.</source>
        <translation>Tapez votre nom, ou décochez la case.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="373"/>
        <source>Your name could not be attached. Please send your answers without your name; the facilitator can help you afterwards.</source>
        <translation>Votre nom n’a pas pu être mis sur vos réponses. Envoyez-les sans votre nom&#xa0;; la personne qui anime l’atelier pourra vous aider ensuite.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="380"/>
        <source>This name was not attached: it is not on today&apos;s list, or several people have it. Check how it is written and send again, or send without your name.</source>
        <translation>Ce nom n’a pas été mis sur vos réponses&#xa0;: il n’est pas sur la liste d’aujourd’hui, ou plusieurs personnes l’ont. Vérifiez comment il est écrit et envoyez à nouveau, ou envoyez sans votre nom.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback/kiosk.py" line="483"/>
        <source>Careful: after %n more wrong PIN(s), the PIN will be locked.</source>
        <translation>
            <numerusform>Attention&#xa0;: encore %n code PIN erroné et le code PIN sera bloqué.</numerusform>
            <numerusform>Attention&#xa0;: encore %n codes PIN erronés et le code PIN sera bloqué.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="486"/>
        <source>Wrong unlock code.</source>
        <translation>Code de déverrouillage incorrect.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="495"/>
        <source>Too many wrong PINs: the PIN is locked.</source>
        <translation>Trop de codes PIN erronés&#xa0;: le code PIN est bloqué.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="498"/>
        <source>Facilitator: to leave the kiosk, type the unlock code shown when the kiosk was started, then Enter.
Participants can go on answering: touch “Back to the questions”.</source>
        <translation>Animateur·rice&#xa0;: pour quitter la borne, tapez le code de déverrouillage affiché au lancement de la borne, puis Entrée.
Les participant·es peuvent continuer à répondre&#xa0;: touchez «&#xa0;Retour aux questions&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="503"/>
        <location filename="../../ui/feedback/kiosk.py" line="504"/>
        <source>Unlock code</source>
        <translation>Code de déverrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="507"/>
        <source>Facilitator: type the PIN, then Enter, to leave the kiosk.</source>
        <translation>Animateur·rice&#xa0;: tapez le code PIN, puis Entrée, pour quitter la borne.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="510"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="516"/>
        <source>Try again in %1 s.</source>
        <translation>Réessayez dans %1&#xa0;s.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="518"/>
        <source>Too many tries. Try again in %1 s.</source>
        <translation>Trop d’essais. Réessayez dans %1&#xa0;s.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="521"/>
        <source>Too many tries. Try again in %1 min %2 s.</source>
        <translation>Trop d’essais. Réessayez dans %1&#xa0;min %2&#xa0;s.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="276"/>
        <source>← Back to the questions</source>
        <translation>← Retour aux questions</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="188"/>
        <source>Type your name as on the attendance list</source>
        <translation>Tapez votre nom comme sur la liste de présence</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="302"/>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="324"/>
        <source>Next →</source>
        <translation>Suivant →</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="324"/>
        <source>Skip this question →</source>
        <translation>Passer cette question →</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="413"/>
        <source>Your answers could not be saved. Please tell the facilitator. (%1)</source>
        <translation>Vos réponses n’ont pas pu être enregistrées. Merci de prévenir la personne qui anime l’atelier. (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk.py" line="479"/>
        <source>Wrong PIN. The kiosk stays open.</source>
        <translation>Code PIN incorrect. La borne reste ouverte.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Issue</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Improvement</source>
        <translation>Piste d’amélioration</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Key success factor</source>
        <translation>Facteur clé de succès</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Proposed</source>
        <comment>improvement status</comment>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Keep doing</source>
        <comment>improvement status</comment>
        <translation>À poursuivre</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Planned</source>
        <comment>improvement status</comment>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Done</source>
        <comment>improvement status</comment>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Partnership platform</source>
        <comment>workshop kind</comment>
        <translation>Plateforme partenariale</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Professionals</source>
        <comment>workshop kind</comment>
        <translation>Professionnels</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Prospective / scenarios</source>
        <comment>workshop kind</comment>
        <translation>Prospective / scénarios</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Focus group</source>
        <comment>workshop kind</comment>
        <translation>Groupe de discussion</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Thematic</source>
        <comment>workshop kind</comment>
        <translation>Thématique</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Other</source>
        <comment>workshop kind</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Planned</source>
        <comment>workshop status</comment>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Running</source>
        <comment>workshop status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Closed</source>
        <comment>workshop status</comment>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Resident / user</source>
        <translation>Habitant·e / usager·ère</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Social worker</source>
        <translation>Travailleur·se social·e</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Partner association</source>
        <translation>Association partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Elected official</source>
        <translation>Élu·e</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Social landlord</source>
        <translation>Bailleur social</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Researcher</source>
        <translation>Chercheur·e</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Other role</source>
        <translation>Autre rôle</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Open</source>
        <comment>action item status</comment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>In progress</source>
        <comment>action item status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Done</source>
        <comment>action item status</comment>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Dropped</source>
        <comment>action item status</comment>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Design</source>
        <translation>Conception</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Monitoring</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Financing</source>
        <translation>Financement</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../ui/main_menus.py" line="41"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="43"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="49"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="54"/>
        <source>Open &amp;Recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="57"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="60"/>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="66"/>
        <source>Encr&amp;ypt Workspace…</source>
        <translation>C&amp;hiffrer l’espace de travail…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="72"/>
        <source>Remove Encr&amp;yption…</source>
        <translation>Retirer le c&amp;hiffrement…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="78"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="81"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="87"/>
        <source>Send the Pro&amp;gramme…</source>
        <translation>Envoyer le pro&amp;gramme…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="93"/>
        <source>Send the &amp;Workshop…</source>
        <translation>Envoyer l’a&amp;telier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="99"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="105"/>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="112"/>
        <source>Empty the B&amp;in…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="133"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="134"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="137"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="143"/>
        <source>&amp;Workshop</source>
        <translation>A&amp;telier</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="145"/>
        <source>&amp;Search the Programme…</source>
        <translation>&amp;Rechercher dans le programme…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="151"/>
        <source>&amp;Import Entries…</source>
        <translation>&amp;Importer des contributions…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="154"/>
        <source>Save an Import &amp;Template…</source>
        <translation>Enregistrer un &amp;modèle d’import…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="160"/>
        <source>New &amp;Programme…</source>
        <translation>Nouveau &amp;programme…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="163"/>
        <source>Edit P&amp;rogramme…</source>
        <translation>Modifier le pro&amp;gramme…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="166"/>
        <source>New &amp;Workshop…</source>
        <translation>Nouvel &amp;atelier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="169"/>
        <source>&amp;Edit Workshop…</source>
        <translation>Modifier l’a&amp;telier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="172"/>
        <source>&amp;Check In…</source>
        <translation>Enregistrer une arri&amp;vée…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="188"/>
        <source>E&amp;ntry</source>
        <translation>&amp;Contribution</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="195"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="197"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="202"/>
        <source>&amp;About Atelier</source>
        <translation>À &amp;propos d’Atelier</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Programmes and workshops</source>
        <translation>Programmes et ateliers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_files.py" line="51"/>
        <source>No recent workspace</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_files.py" line="79"/>
        <source>Cannot open the workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_files.py" line="152"/>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_files.py" line="159"/>
        <source>Cannot create the workspace</source>
        <translation>Impossible de créer l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_files.py" line="160"/>
        <source>“%1” already exists. Use File › Open to open it.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Ouvrez-le avec Fichier › Ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_files.py" line="172"/>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>Cannot open the workshop</source>
        <translation>Impossible d’ouvrir l’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>No workspace is open. File › New Workspace… (Ctrl+N) creates one; File › Open Workspace… (Ctrl+O) opens one.</source>
        <translation>Aucun espace de travail n’est ouvert. Fichier › Nouvel espace de travail… (Ctrl+N) en crée un ; Fichier › Ouvrir un espace de travail… (Ctrl+O) en ouvre un.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>Start with a programme: Workshop › New Programme… (Ctrl+Alt+N). Then add its first workshop: Workshop › New Workshop… (Ctrl+Shift+N).</source>
        <translation>Commencez par un programme : Atelier › Nouveau programme… (Ctrl+Alt+N). Ajoutez-lui ensuite son premier atelier : Atelier › Nouvel atelier… (Ctrl+Maj+N).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Choose a workshop of this programme on the left, or add one: Workshop › New Workshop… (Ctrl+Shift+N).</source>
        <translation>Choisissez à gauche un atelier de ce programme, ou ajoutez-en un : Atelier › Nouvel atelier… (Ctrl+Maj+N).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Choose a workshop on the left (or a programme, to add a workshop to it).</source>
        <translation>Choisissez un atelier à gauche (ou un programme, pour lui ajouter un atelier).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>Choose a programme first.</source>
        <translation>Choisissez d’abord un programme.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>✓ Saved at %1</source>
        <translation>✓ Enregistré à %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>⚠ Not saved</source>
        <translation>⚠ Non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402"/>
        <source>Choose a workshop first.</source>
        <translation>Choisissez d’abord un atelier.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>Template saved: %1</source>
        <translation>Modèle enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>About Atelier</source>
        <translation>À propos d’Atelier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="461"/>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="466"/>
        <source>%1 (encrypted)</source>
        <translation>%1 (chiffré)</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="224"/>
        <source>Merge files into this workspace</source>
        <translation>Fusionner des fichiers dans cet espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="226"/>
        <source>Atelier exchange files and workspaces (*.atelier *.sqlite)</source>
        <translation>Fichiers d’échange et espaces de travail Atelier (*.atelier *.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="20"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="21"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="22"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="23"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="24"/>
        <source>Actions of a workshop</source>
        <translation>Actions d’un atelier</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="25"/>
        <source>Agenda steps</source>
        <translation>Étapes du déroulé</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="26"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="27"/>
        <source>Check-ins</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="28"/>
        <source>Feedback questions</source>
        <translation>Questions d’avis</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="29"/>
        <source>Entries</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="30"/>
        <source>Feedback answers</source>
        <translation>Réponses d’avis</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="31"/>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="32"/>
        <source>Action items</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="33"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="34"/>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="35"/>
        <source>Challenges</source>
        <translation>Enjeux</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="36"/>
        <source>Status changes</source>
        <translation>Changements de statut</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="42"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="43"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="44"/>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="45"/>
        <source>Identical</source>
        <translation>Identiques</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="46"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="47"/>
        <source>Erased</source>
        <translation>Effacés</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="53"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="54"/>
        <source>Take theirs</source>
        <translation>Prendre celle du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="55"/>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="71"/>
        <source>(without names)</source>
        <translation>(sans les noms)</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="104"/>
        <location filename="../../ui/models/merge_models.py" line="268"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="106"/>
        <source>Records</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="140"/>
        <source>The same programme?</source>
        <translation>Même programme ?</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="142"/>
        <source>The same person?</source>
        <translation>Même personne ?</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="174"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="176"/>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="269"/>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="270"/>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="271"/>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/models/merge_models.py" line="272"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="57"/>
        <source>Merge into this workspace</source>
        <translation>Fusionner dans cet espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="65"/>
        <source>What the files bring into “%1”. Nothing is changed until you press Merge; a backup of the workspace is taken first (File › Restore from Backup… undoes the merge).</source>
        <translation>Ce que les fichiers apportent à « %1 ». Rien n’est modifié avant d’appuyer sur Fusionner ; une sauvegarde de l’espace de travail est faite d’abord (Fichier › Restaurer une sauvegarde… annule la fusion).</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="74"/>
        <source>&amp;Made apart, but the same? (tick to merge them as one)</source>
        <translation>Créés séparément, mais identi&amp;ques ? (cochez pour les réunir)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="79"/>
        <source>C&amp;onflicts: changed here and in the file</source>
        <translation>C&amp;onflits : modifiés ici et dans le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="90"/>
        <source>Nothing new: this workspace already holds everything these files hold.</source>
        <translation>Rien de nouveau : cet espace de travail contient déjà tout ce que ces fichiers contiennent.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="98"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="145"/>
        <location filename="../../ui/merge_dialog.py" line="164"/>
        <location filename="../../ui/merge_dialog.py" line="201"/>
        <source>Cannot merge</source>
        <translation>Fusion impossible</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="206"/>
        <source>Merged. The workspace as it was before is kept in “%1”.</source>
        <translation>Fusion faite. L’espace de travail tel qu’il était avant est conservé dans « %1 ».</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="16"/>
        <source>“%1” is not an Atelier workspace. Choose a file made by Atelier, or create a new workspace.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un espace de travail Atelier. Choisissez un fichier créé par Atelier, ou créez un nouvel espace de travail.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="20"/>
        <source>“%1” is an exchange file (a programme or a workshop sent from another laptop), not a workspace. Open your workspace, then bring it in with File › Merge.</source>
        <translation>« %1 » est un fichier d’échange (un programme ou un atelier envoyé depuis un autre ordinateur), pas un espace de travail. Ouvrez votre espace de travail, puis intégrez-le avec Fichier › Fusionner.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>“%1” is a database of another program, not an Atelier workspace. Atelier has not changed it.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données d’un autre logiciel, pas un espace de travail Atelier. Atelier ne l’a pas modifiée.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>“%1” is damaged and cannot be read. Open a backup copy; Atelier has not changed the file.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et ne peut pas être lu. Ouvrez une copie de sauvegarde&#xa0;; Atelier n’a pas modifié le fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>Atelier keeps a lock beside “%1” (the same name ending in .lock), but a folder or something else than a file is there. Move it away, then open the workspace again.</source>
        <translation>Atelier garde un verrou à côté de « %1 » (le même nom terminé par .lock), mais un dossier ou autre chose qu’un fichier s’y trouve. Déplacez-le, puis ouvrez à nouveau l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>“%1” holds things Atelier never puts in a workspace (triggers, views or tables of another program). They could run on every change, so Atelier does not open it; the file has not been changed. Open a backup copy.</source>
        <translation>« %1 » contient des éléments qu’Atelier ne met jamais dans un espace de travail (déclencheurs, vues ou tables d’un autre programme). Ils pourraient s’exécuter à chaque modification : Atelier ne l’ouvre donc pas, et le fichier n’a pas été modifié. Ouvrez une copie de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>Beside “%1” there is a journal file (the same name ending in -wal) that does not continue this workspace: it comes from another file, or from another copy of this one. Atelier has not used it and has changed nothing. Move that -wal file out of the folder, keeping it (it may hold another copy&apos;s latest entries), then open the workspace again.</source>
        <translation>À côté de « %1 » se trouve un fichier journal (le même nom terminé par -wal) qui n’est pas la suite de cet espace de travail : il vient d’un autre fichier, ou d’une autre copie de celui-ci. Atelier ne l’a pas utilisé et n’a rien modifié. Déplacez ce fichier -wal hors du dossier en le gardant (il contient peut-être les dernières entrées d’une autre copie), puis rouvrez l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>“%1” was written by a newer version of Atelier. Update Atelier to open it; the file has not been changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente d’Atelier. Mettez Atelier à jour pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>Atelier cannot write to “%1”: the file or its folder is read-only. Copy the workspace to a folder you can write to, such as Documents, and open the copy.</source>
        <translation>Atelier ne peut pas écrire dans «&#xa0;%1&#xa0;»&#xa0;: le fichier ou son dossier est en lecture seule. Copiez l’espace de travail dans un dossier où vous pouvez écrire, par exemple Documents, et ouvrez la copie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>The folder of “%1” does not exist. Choose another place.</source>
        <translation>Le dossier de «&#xa0;%1&#xa0;» n’existe pas. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>The disk holding “%1” is full. Free some space, then try again; nothing has been changed.</source>
        <translation>Le disque où se trouve « %1 » est plein. Libérez de la place, puis réessayez ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>Atelier cannot read “%1”. Check that you are allowed to open it.</source>
        <translation>Atelier ne peut pas lire «&#xa0;%1&#xa0;». Vérifiez que vous avez le droit de l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62"/>
        <source>Atelier could not save the last change. What was saved before is safe.</source>
        <translation>Atelier n’a pas pu enregistrer la dernière modification. Ce qui était enregistré avant est intact.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>“%1” is being written by another program right now. Wait a moment and try again.</source>
        <translation>Un autre logiciel est en train d’écrire dans «&#xa0;%1&#xa0;». Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>“%1” was written by an older Atelier and must be upgraded first.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus ancienne d’Atelier et doit d’abord être mis à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>“%1” is not a plain workspace: it may be an encrypted one. Open it with its passphrase (if it is not an encrypted Atelier workspace, no passphrase will open it).</source>
        <translation>« %1 » n’est pas un espace de travail ordinaire : il est peut-être chiffré. Ouvrez-le avec sa phrase secrète (si ce n’est pas un espace de travail Atelier chiffré, aucune phrase secrète ne l’ouvrira).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76"/>
        <source>The passphrase does not open “%1”. Check it (capital letters, spaces) and try again. Nothing was changed.</source>
        <translation>La phrase secrète n’ouvre pas « %1 ». Vérifiez-la (majuscules, espaces) et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="80"/>
        <source>“%1” is encrypted, and this installation of Atelier cannot read encrypted workspaces. Install Atelier with its encryption support, then open it again.</source>
        <translation>« %1 » est chiffré, et cette installation d’Atelier ne sait pas lire les espaces de travail chiffrés. Installez Atelier avec la prise en charge du chiffrement, puis ouvrez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>This computer&apos;s SQLite is too old for Atelier (3.31 or newer is needed).</source>
        <translation>La version de SQLite de cet ordinateur est trop ancienne pour Atelier (il faut la 3.31 ou plus récente).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <source>Atelier process %1 on %2, open since %3</source>
        <translation>processus Atelier %1 sur %2, ouvert depuis %3</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98"/>
        <source>another Atelier window</source>
        <translation>une autre fenêtre d’Atelier</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="101"/>
        <source>“%1” is already open in another Atelier window (%2). Switch to that window, or close it and try again.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert dans une autre fenêtre d’Atelier (%2). Passez à cette fenêtre, ou fermez-la et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="120"/>
        <source>The disk is full: %1 could not be written. Free some space and export again.</source>
        <translation>Le disque est plein&#xa0;: impossible d’écrire %1. Libérez de la place et relancez l’export.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="121"/>
        <source>Atelier may not write in %1 (the folder is read-only or protected). Choose another folder.</source>
        <translation>Atelier n’a pas le droit d’écrire dans %1 (dossier en lecture seule ou protégé). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122"/>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation>Le dossier %1 n’existe pas. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>%1 is a folder. Choose a file name.</source>
        <translation>%1 est un dossier. Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>The file name %1 is too long. Choose a shorter one.</source>
        <translation>Le nom de fichier %1 est trop long. Choisissez-en un plus court.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="125"/>
        <source>%1 could not be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="126"/>
        <source>No workshop of this programme matches the selection; there is nothing to export.</source>
        <translation>Aucun atelier de ce programme ne correspond à la sélection&#xa0;; il n’y a rien à exporter.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>What was chosen for export is no longer in the workspace (removed meanwhile?). Choose it again.</source>
        <translation>Ce qui était choisi pour l’export n’est plus dans l’espace de travail (supprimé entre-temps ?). Choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="128"/>
        <source>Choose a workshop or a programme to export first.</source>
        <translation>Choisissez d’abord un atelier ou un programme à exporter.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="134"/>
        <source>The PDF could not be laid out; no file was written. (%1)</source>
        <translation>Le PDF n’a pas pu être mis en page ; aucun fichier n’a été écrit. (%1)</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../ui/monitoring/wording.py" line="20"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/wording.py" line="21"/>
        <source>Rate (%)</source>
        <translation>Taux (%)</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/wording.py" line="22"/>
        <source>Scale 1–5</source>
        <translation>Échelle 1 à 5</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/wording.py" line="23"/>
        <source>Yes/no</source>
        <translation>Oui/non</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/wording.py" line="24"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/wording.py" line="30"/>
        <source>Should rise</source>
        <translation>Doit augmenter</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/wording.py" line="31"/>
        <source>Should fall</source>
        <translation>Doit baisser</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/wording.py" line="37"/>
        <location filename="../../ui/monitoring/wording.py" line="46"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/wording.py" line="39"/>
        <location filename="../../ui/monitoring/wording.py" line="47"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/wording.py" line="86"/>
        <source>“%1” is not a number: type digits only, such as 12 or %2.</source>
        <translation>« %1 » n’est pas un nombre : tapez seulement des chiffres, comme 12 ou %2.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/wording.py" line="94"/>
        <source>A count cannot be negative (%1).</source>
        <translation>Un nombre ne peut pas être négatif (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/wording.py" line="98"/>
        <source>A rate goes from 0 to 100 %: %1 is outside.</source>
        <translation>Un taux va de 0 à 100 % : %1 est en dehors.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/wording.py" line="103"/>
        <source>A 1–5 scale goes from 1 to 5: %1 is outside.</source>
        <translation>Une échelle de 1 à 5 va de 1 à 5 : %1 est en dehors.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/wording.py" line="110"/>
        <source>A yes/no indicator takes Yes or No (1 or 0): %1 is neither.</source>
        <translation>Un indicateur oui/non prend Oui ou Non (1 ou 0) : %1 n’est ni l’un ni l’autre.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/wording.py" line="117"/>
        <source>The indicator now holds texts: this measurement has none yet (its number was %1). Type its text.</source>
        <translation>L’indicateur contient maintenant des textes : cette mesure n’en a pas encore (son nombre était %1). Tapez son texte.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/wording.py" line="125"/>
        <source>This measurement was written as a text (“%1”) and the indicator now holds numbers: type its value.</source>
        <translation>Cette mesure a été écrite comme un texte (« %1 ») et l’indicateur contient maintenant des nombres : tapez sa valeur.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/wording.py" line="137"/>
        <source>Does not fit the indicator’s kind. %1 Nothing was changed: correct it, or change the kind back.</source>
        <translation>Ne correspond pas au type de l’indicateur. %1 Rien n’a été modifié : corrigez la valeur, ou remettez le type d’avant.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/wording.py" line="149"/>
        <source>Not saved: %1 What you typed stays in the cell: correct it, or press Escape while editing it to drop it.</source>
        <translation>Non enregistré : %1 Ce que vous avez tapé reste dans la cellule : corrigez-le, ou appuyez sur Échap en le modifiant pour l’abandonner.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="73"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="76"/>
        <source>Challenge</source>
        <translation>Enjeu</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="82"/>
        <location filename="../../ui/monitoring/models.py" line="183"/>
        <source>Baseline</source>
        <translation>Situation de départ</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="83"/>
        <source>What we would like to achieve</source>
        <translation>Ce que nous voulons atteindre</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="93"/>
        <source>New challenge</source>
        <translation>Nouvel enjeu</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="49"/>
        <source>“%1” is not one of the choices: %2.</source>
        <translation>« %1 » ne fait pas partie des choix : %2.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="79"/>
        <source>A challenge cannot be empty.</source>
        <translation>Un enjeu ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="98"/>
        <source>Add a challenge</source>
        <translation>Ajouter un enjeu</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="102"/>
        <source>Edit the challenge “%1”</source>
        <translation>Modifier l’enjeu « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="108"/>
        <source>Remove the challenge “%1”</source>
        <translation>Retirer l’enjeu « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="164"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="166"/>
        <source>An indicator needs a name.</source>
        <translation>Un indicateur a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="171"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="178"/>
        <source>Change the kind of “%1”</source>
        <translation>Changer le type de « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="182"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="184"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="187"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="194"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="206"/>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="210"/>
        <source>Add an indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="214"/>
        <source>Edit the indicator “%1”</source>
        <translation>Modifier l’indicateur « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="219"/>
        <source>Remove the indicator “%1”</source>
        <translation>Retirer l’indicateur « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="240"/>
        <source>Its baseline or target no longer fits either: marked ⚠.</source>
        <translation>Sa situation de départ ou sa cible ne correspond plus non plus : marquée ⚠.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/models.py" line="247"/>
        <source>%1 changes the kind back.</source>
        <translation>%1 remet le type d’avant.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/measurement_model.py" line="73"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/measurement_model.py" line="81"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/measurement_model.py" line="122"/>
        <source>A text indicator’s measurement needs a text.</source>
        <translation>Une mesure d’un indicateur texte a besoin d’un texte.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/measurement_model.py" line="151"/>
        <source>“%1” is not a date: type it like %2.</source>
        <translation>« %1 » n’est pas une date : tapez-la comme %2.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/measurement_model.py" line="184"/>
        <source>Add a measurement</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/measurement_model.py" line="188"/>
        <source>Edit the measurement of %1</source>
        <translation>Modifier la mesure du %1</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/measurement_model.py" line="194"/>
        <source>Remove the measurement of %1</source>
        <translation>Retirer la mesure du %1</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/measurement_model.py" line="89"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/measurement_model.py" line="96"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/record_model.py" line="53"/>
        <source>This text is %1 characters long; the limit is %2.</source>
        <translation>Ce texte fait %1 caractères ; la limite est de %2.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/record_model.py" line="265"/>
        <source>The change could not be written.</source>
        <translation>La modification n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/record_model.py" line="312"/>
        <source>Done: %1. %2 brings it back.</source>
        <translation>Fait : %1. %2 le fait revenir.</translation>
    </message>
</context>
<context>
    <name>MonitoringController</name>
    <message>
        <location filename="../../ui/monitoring/__init__.py" line="19"/>
        <source>Programme &amp;Monitoring…</source>
        <translation>&amp;Suivi du programme…</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/__init__.py" line="22"/>
        <source>The programme&apos;s challenges, and the indicators of its actions</source>
        <translation>Les enjeux du programme et les indicateurs de ses actions</translation>
    </message>
</context>
<context>
    <name>MonitoringDialog</name>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="60"/>
        <source>Monitoring of the programme</source>
        <translation>Suivi du programme</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="78"/>
        <source>&amp;Challenges</source>
        <translation>&amp;Enjeux</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="84"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="87"/>
        <source>Action %1: %2</source>
        <translation>Action %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="89"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="107"/>
        <source>&amp;Propose from a workshop…</source>
        <translation>&amp;Proposer depuis un atelier…</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="111"/>
        <source>Values Atelier already knows: attendance by role, feedback means (from five answers), improvements by status</source>
        <translation>Valeurs qu’Atelier connaît déjà : présences par rôle, moyennes des avis (à partir de cinq réponses), pistes d’amélioration par statut</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="118"/>
        <source>&amp;Indicators</source>
        <translation>&amp;Indicateurs</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="129"/>
        <source>Changes are saved as you type: there is nothing to save. %1 undoes the last one. Escape drops what is typed in a cell, or closes the window.</source>
        <translation>Les modifications sont enregistrées au fil de la saisie : il n’y a rien à enregistrer. %1 annule la dernière. Échap abandonne ce qui est tapé dans une cellule, ou ferme la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="142"/>
        <source>Status</source>
        <translation>Ligne d’état</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="143"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="146"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="152"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="153"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="163"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="212"/>
        <source>Add (Ins)</source>
        <translation>Ajouter (Inser)</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="215"/>
        <source>Remove (Del)</source>
        <translation>Retirer (Suppr)</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="233"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="237"/>
        <source>Undone: %1.</source>
        <translation>Annulé : %1.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="241"/>
        <source>Nothing to redo.</source>
        <translation>Rien à rétablir.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="245"/>
        <source>Redone: %1.</source>
        <translation>Rétabli : %1.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="259"/>
        <source>Close the monitoring?</source>
        <translation>Fermer le suivi ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/monitoring/dialog.py" line="261"/>
        <source>%n value(s) typed could not be saved (marked ⚠ in the tables). Close and drop them?</source>
        <translation>
            <numerusform>%n valeur tapée n’a pas pu être enregistrée (marquée ⚠ dans les tableaux). Fermer et l’abandonner ?</numerusform>
            <numerusform>%n valeurs tapées n’ont pas pu être enregistrées (marquées ⚠ dans les tableaux). Fermer et les abandonner ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="270"/>
        <source>Close anyway</source>
        <translation>Fermer quand même</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="272"/>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="307"/>
        <source>Measurements (choose an indicator above)</source>
        <translation>Mesures (choisissez un indicateur ci-dessus)</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="311"/>
        <source>&amp;Measurements of “%1”</source>
        <translation>&amp;Mesures de « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="328"/>
        <source>Add a measurement from “%1”</source>
        <translation>Ajouter une mesure depuis « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="332"/>
        <source>Added: %1.</source>
        <translation>Ajouté : %1.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/dialog.py" line="338"/>
        <source>Choose an indicator in the table first.</source>
        <translation>Choisissez d’abord un indicateur dans le tableau.</translation>
    </message>
</context>
<context>
    <name>NameReview</name>
    <message>
        <location filename="../../ui/models/name_findings.py" line="42"/>
        <source>Entry</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="43"/>
        <source>Action item</source>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="44"/>
        <source>Action item: who</source>
        <translation>Action de suivi&#xa0;: qui</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="45"/>
        <source>Feedback comment</source>
        <translation>Commentaire d’avis</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="48"/>
        <source>Workshop title</source>
        <translation>Titre de l’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="49"/>
        <source>Facilitators</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="50"/>
        <source>Objective and notes</source>
        <translation>Objectif et notes</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="51"/>
        <source>Agenda step</source>
        <translation>Étape du déroulé</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="52"/>
        <source>Agenda step: method</source>
        <translation>Étape du déroulé&#xa0;: méthode</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="55"/>
        <source>Measurement note</source>
        <translation>Note d’une mesure</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="111"/>
        <source>Replace in this export</source>
        <translation>Remplacer dans cet export</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="114"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="115"/>
        <source>Replace in the workspace</source>
        <translation>Remplacer dans l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="117"/>
        <source>Take out</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="118"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="186"/>
        <source>%1 (removed)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="199"/>
        <source>Several people have this name: %1</source>
        <translation>Plusieurs personnes ont ce nom&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="203"/>
        <source>The first name of %1</source>
        <translation>Le prénom de %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="230"/>
        <source>Name found</source>
        <translation>Nom trouvé</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="231"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="232"/>
        <source>In context</source>
        <translation>En contexte</translation>
    </message>
    <message>
        <location filename="../../ui/models/name_findings.py" line="233"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location filename="../../ui/name_edits.py" line="45"/>
        <source>Replace names with roles</source>
        <translation>Remplacer des noms par des rôles</translation>
    </message>
</context>
<context>
    <name>NameReviewDialog</name>
    <message>
        <location filename="../../ui/name_review.py" line="127"/>
        <source>Names in the texts</source>
        <translation>Des noms dans les textes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/name_review.py" line="129"/>
        <source>Participants&apos; names are typed in %n place(s) this export prints. Without names, each is printed as the person&apos;s role. Keep a word that is no name (“Rose”, the colour); replace a name in the workspace to correct the text for good (Edit › Undo puts it back).</source>
        <translation>
            <numerusform>Un nom de participant·e est tapé à %n endroit que cet export imprime. Sans les noms, il est imprimé comme le rôle de la personne. Gardez un mot qui n’est pas un nom («&#xa0;Rose&#xa0;», la couleur)&#xa0;; remplacez un nom dans l’espace de travail pour corriger le texte pour de bon (Édition › Annuler le remet).</numerusform>
            <numerusform>Des noms de participant·es sont tapés à %n endroits que cet export imprime. Sans les noms, chacun est imprimé comme le rôle de la personne. Gardez un mot qui n’est pas un nom («&#xa0;Rose&#xa0;», la couleur)&#xa0;; remplacez un nom dans l’espace de travail pour corriger le texte pour de bon (Édition › Annuler le remet).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/name_review.py" line="137"/>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <location filename="../../ui/name_review.py" line="139"/>
        <source>“%1” will be erased for good: their name and organisation are deleted and cannot be recovered, not even with Undo. What they said stays, without their name, and their attendance still counts by role. The undo history will be cleared.</source>
        <translation>«&#xa0;%1&#xa0;» sera effacé·e définitivement&#xa0;: son nom et son organisation sont supprimés sans retour possible, même avec Édition › Annuler. Ce que la personne a dit est conservé, sans son nom, et sa présence reste comptée par rôle. L’historique d’annulation sera vidé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/name_review.py" line="165"/>
        <source>Their name or first name stands in %n text(s). Their full name goes whatever you choose: replaced with their role, or taken out (“[…]”). A first name may be someone else&apos;s: choose for each one.</source>
        <translation>
            <numerusform>Son nom ou son prénom figure dans %n texte. Son nom complet disparaît quoi que vous choisissiez&#xa0;: remplacé par son rôle, ou effacé («&#xa0;[…]&#xa0;»). Un prénom peut être celui de quelqu’un d’autre&#xa0;: choisissez pour chacun.</numerusform>
            <numerusform>Son nom ou son prénom figure dans %n textes. Son nom complet disparaît quoi que vous choisissiez&#xa0;: remplacé par son rôle, ou effacé («&#xa0;[…]&#xa0;»). Un prénom peut être celui de quelqu’un d’autre&#xa0;: choisissez pour chacun.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/name_review.py" line="178"/>
        <source>Names found</source>
        <translation>Noms trouvés</translation>
    </message>
    <message>
        <location filename="../../ui/name_review.py" line="201"/>
        <source>Selected rows:</source>
        <translation>Lignes sélectionnées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/name_review.py" line="204"/>
        <source>Replace in this e&amp;xport</source>
        <translation>Remplacer dans cet e&amp;xport</translation>
    </message>
    <message>
        <location filename="../../ui/name_review.py" line="205"/>
        <source>Replace in the &amp;workspace</source>
        <translation>Remplacer dans l’espace de &amp;travail</translation>
    </message>
    <message>
        <location filename="../../ui/name_review.py" line="207"/>
        <source>&amp;Replace with the role</source>
        <translation>&amp;Remplacer par le rôle</translation>
    </message>
    <message>
        <location filename="../../ui/name_review.py" line="208"/>
        <source>&amp;Keep</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <location filename="../../ui/name_review.py" line="208"/>
        <source>Do &amp;not replace</source>
        <translation>&amp;Ne pas remplacer</translation>
    </message>
    <message>
        <location filename="../../ui/name_review.py" line="223"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/name_review.py" line="230"/>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
</context>
<context>
    <name>OpenChecks</name>
    <message>
        <location filename="../../ui/open_checks.py" line="112"/>
        <source>The search index of “%1” was damaged: it has been rebuilt from the entries.</source>
        <translation>L’index de recherche de « %1 » était abîmé : il a été reconstruit à partir des contributions.</translation>
    </message>
    <message>
        <location filename="../../ui/open_checks.py" line="131"/>
        <source>This workspace was found damaged after it opened: Atelier writes nothing more to it. What you are typing stays on screen; copy it elsewhere.</source>
        <translation>Cet espace de travail s’est révélé abîmé après son ouverture : Atelier n’y écrit plus rien. Ce que vous tapez reste à l’écran ; copiez-le ailleurs.</translation>
    </message>
    <message>
        <location filename="../../ui/open_checks.py" line="138"/>
        <source>“%1” is damaged (%2). Atelier has stopped writing to it, so that the damage does not spread: what was saved before stays in the file, and what you type now is not saved.</source>
        <translation>« %1 » est abîmé (%2). Atelier a cessé d’y écrire pour que les dégâts ne s’étendent pas : ce qui a été enregistré avant reste dans le fichier, et ce que vous tapez maintenant n’est pas enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/open_checks.py" line="152"/>
        <source>Its latest backup was taken on %1. Put it back? The damaged file is kept beside it, renamed, with everything captured in it.</source>
        <translation>Sa dernière sauvegarde date du %1. La remettre en place ? Le fichier abîmé est gardé à côté, renommé, avec tout ce qui y a été saisi.</translation>
    </message>
    <message>
        <location filename="../../ui/open_checks.py" line="159"/>
        <source>It has no backup. Keep the file as it is and ask for help to recover it.</source>
        <translation>Il n’a pas de sauvegarde. Gardez le fichier tel quel et demandez de l’aide pour le récupérer.</translation>
    </message>
    <message>
        <location filename="../../ui/open_checks.py" line="163"/>
        <source>The workspace is damaged</source>
        <translation>L’espace de travail est abîmé</translation>
    </message>
    <message>
        <location filename="../../ui/open_checks.py" line="172"/>
        <source>&amp;Restore the latest backup</source>
        <translation>&amp;Remettre la dernière sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/open_checks.py" line="192"/>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <location filename="../../ui/open_checks.py" line="198"/>
        <source>The latest backup is back; the damaged file is kept as “%1”.</source>
        <translation>La dernière sauvegarde est revenue ; le fichier abîmé est gardé sous le nom « %1 ».</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../../ui/feedback/paper.py" line="226"/>
        <location filename="../../ui/feedback/paper.py" line="259"/>
        <source>Type paper feedback forms</source>
        <translation>Saisir les formulaires d’avis papier</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/paper.py" line="233"/>
        <source>One row per paper form. Type 1 to 5 for each question (Space: left blank on paper; Backspace: correct), then the comment if any; Enter goes to the next form.</source>
        <translation>Une ligne par formulaire papier. Tapez une note de 1 à 5 pour chaque question (Espace&#xa0;: laissée vide sur le papier&#xa0;; Retour arrière&#xa0;: corriger), puis le commentaire s’il y en a un&#xa0;; Entrée passe au formulaire suivant.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/paper.py" line="262"/>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/paper.py" line="269"/>
        <source>%1 form(s) saved. The forms still in the grid are incomplete: type a rating or Space for each question.</source>
        <translation>Formulaires enregistrés&#xa0;: %1. Ceux qui restent dans la grille sont incomplets&#xa0;: tapez une note ou Espace pour chaque question.</translation>
    </message>
</context>
<context>
    <name>PaperFormsModel</name>
    <message>
        <location filename="../../ui/feedback/paper.py" line="100"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="38"/>
        <location filename="../../ui/encryption_dialogs.py" line="71"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="47"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="50"/>
        <source>&amp;Again:</source>
        <translation>&amp;Encore une fois :</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="80"/>
        <source>Type the passphrase.</source>
        <translation>Tapez la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="86"/>
        <source>Choose at least %1 characters: a short passphrase is soon guessed.</source>
        <translation>Choisissez au moins %1 caractères : une phrase secrète courte se devine vite.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="91"/>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Les deux phrases secrètes diffèrent. Tapez-les de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="109"/>
        <source>That passphrase does not open “%1”. Try again:</source>
        <translation>Cette phrase secrète n’ouvre pas « %1 ». Réessayez :</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="116"/>
        <source>“%1” is encrypted. Type its passphrase to open it (it is kept in memory only until Atelier closes).</source>
        <translation>« %1 » est chiffré. Tapez sa phrase secrète pour l’ouvrir (elle reste en mémoire seulement, jusqu’à la fermeture d’Atelier).</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="185"/>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="187"/>
        <source>Encrypt the new workspace with a passphrase? Without it, nobody who gets this laptop can read what participants said; Atelier asks for it at each opening.</source>
        <translation>Chiffrer le nouvel espace de travail avec une phrase secrète ? Sans elle, personne ne pourra lire ce que les participant·es ont dit, même en ayant cet ordinateur ; Atelier la demande à chaque ouverture.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="193"/>
        <source>&amp;Encrypt…</source>
        <translation>&amp;Chiffrer…</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="197"/>
        <source>&amp;Not encrypted</source>
        <translation>&amp;Sans chiffrement</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="220"/>
        <source>Encrypt the workspace</source>
        <translation>Chiffrer l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="221"/>
        <source>This installation of Atelier cannot encrypt workspaces (its encryption support, the sqlcipher3 package, is missing).</source>
        <translation>Cette installation d’Atelier ne peut pas chiffrer d’espace de travail (la prise en charge du chiffrement, le paquet sqlcipher3, manque).</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="163"/>
        <source>Choose a passphrase for this workspace. Every time it is opened, Atelier will ask for it; its backups and the files you send from it are encrypted with it too. Write it down somewhere safe: if it is lost, nobody can read the workspace again, not even Atelier.</source>
        <translation>Choisissez une phrase secrète pour cet espace de travail. Atelier la demandera à chaque ouverture ; ses sauvegardes et les fichiers que vous envoyez depuis lui sont chiffrés avec elle aussi. Notez-la en lieu sûr : si elle est perdue, personne ne pourra plus lire l’espace de travail, pas même Atelier.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="238"/>
        <source>Remove the encryption</source>
        <translation>Retirer le chiffrement</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="239"/>
        <source>Write the workspace and its backups without encryption? Anyone who gets this laptop could then read what participants said.</source>
        <translation>Réécrire l’espace de travail et ses sauvegardes sans chiffrement ? Quiconque aurait cet ordinateur pourrait alors lire ce que les participants ont dit.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="259"/>
        <source>The encryption was not changed</source>
        <translation>Le chiffrement n’a pas été modifié</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="266"/>
        <source>The workspace and its backups are now encrypted.</source>
        <translation>L’espace de travail et ses sauvegardes sont maintenant chiffrés.</translation>
    </message>
    <message>
        <location filename="../../ui/encryption_dialogs.py" line="270"/>
        <source>The workspace and its backups are no longer encrypted.</source>
        <translation>L’espace de travail et ses sauvegardes ne sont plus chiffrés.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/feedback/kiosk_parts.py" line="106"/>
        <source>Start the feedback kiosk</source>
        <translation>Lancer la borne d’avis</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk_parts.py" line="111"/>
        <source>Participants will answer one after another, full screen. To leave the kiosk, press Ctrl+Shift+Q and type this PIN. Choose 4 to 6 digits.</source>
        <translation>Les participant·es répondront à tour de rôle, en plein écran. Pour quitter la borne, appuyez sur Ctrl+Maj+Q et tapez ce code PIN. Choisissez de 4 à 6 chiffres.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk_parts.py" line="129"/>
        <source>After %1 wrong PINs, each new try must wait, longer and longer. After %2 wrong PINs, the PIN stops working: only this unlock code leaves the kiosk (it also works if you forget the PIN). Write it down now: it is shown only this once.</source>
        <translation>Après %1 codes PIN erronés, chaque nouvel essai doit attendre, de plus en plus longtemps. Après %2 codes PIN erronés, le code PIN ne fonctionne plus&#xa0;: seul ce code de déverrouillage permet de quitter la borne (il sert aussi si vous oubliez le code PIN). Notez-le maintenant&#xa0;: il n’est affiché que cette fois.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk_parts.py" line="143"/>
        <source>Unlock code</source>
        <translation>Code de déverrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk_parts.py" line="156"/>
        <source>I have written down the unlock code</source>
        <translation>J’ai noté le code de déverrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk_parts.py" line="162"/>
        <source>Start the kiosk</source>
        <translation>Lancer la borne</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk_parts.py" line="166"/>
        <source>PIN:</source>
        <translation>Code PIN&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk_parts.py" line="167"/>
        <source>PIN again:</source>
        <translation>Confirmez le code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk_parts.py" line="189"/>
        <source>The PIN is 4 to 6 digits.</source>
        <translation>Le code PIN compte de 4 à 6 chiffres.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk_parts.py" line="191"/>
        <source>The two PINs differ.</source>
        <translation>Les deux codes sont différents.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="69"/>
        <location filename="../../ui/prepare/programme_dialog.py" line="473"/>
        <source>The programme needs a title.</source>
        <translation>Le programme doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="74"/>
        <location filename="../../ui/prepare/programme_dialog.py" line="127"/>
        <location filename="../../ui/prepare/programme_dialog.py" line="537"/>
        <source>New programme</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="127"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="144"/>
        <source>Programme title</source>
        <translation>Titre du programme</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="145"/>
        <source>e.g. Preventing evictions 2026</source>
        <translation>ex.&#xa0;: Prévention des expulsions 2026</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="147"/>
        <source>Programme description</source>
        <translation>Description du programme</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="153"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="154"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="157"/>
        <source>Actions and themes</source>
        <translation>Actions et thèmes</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="158"/>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="159"/>
        <source>T&amp;hemes</source>
        <translation>T&amp;hèmes</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="168"/>
        <source>Save the programme (Ctrl+Enter)</source>
        <translation>Enregistrer le programme (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="201"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="224"/>
        <source>Add a&amp;ction</source>
        <translation>Ajouter une a&amp;ction</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="224"/>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="228"/>
        <source>&amp;Remove action</source>
        <translation>Supp&amp;rimer l’action</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="230"/>
        <source>Remove the selected action</source>
        <translation>Supprimer l’action sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="242"/>
        <source>Selected action</source>
        <translation>Action sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="244"/>
        <source>Action number</source>
        <translation>Numéro de l’action</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="246"/>
        <source>Action title</source>
        <translation>Titre de l’action</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="247"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="249"/>
        <source>Action description</source>
        <translation>Description de l’action</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="251"/>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="252"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="253"/>
        <source>Monitoring criteria</source>
        <translation>Critères de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="256"/>
        <source>N&amp;umber:</source>
        <translation>&amp;Numéro&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="257"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="258"/>
        <source>C&amp;ontext:</source>
        <translation>C&amp;ontexte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="259"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="260"/>
        <source>&amp;Stakeholders:</source>
        <translation>&amp;Parties prenantes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="261"/>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="262"/>
        <source>&amp;Monitoring criteria:</source>
        <translation>Critères de &amp;suivi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="303"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="326"/>
        <source>Add a th&amp;eme</source>
        <translation>A&amp;jouter un thème</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="326"/>
        <source>Add a theme</source>
        <translation>Ajouter un thème</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="329"/>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="331"/>
        <source>Rename the selected theme (F2)</source>
        <translation>Renommer le thème sélectionné (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="335"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="337"/>
        <source>Move the selected theme up (Ctrl+Up)</source>
        <translation>Monter le thème sélectionné (Ctrl+Haut)</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="341"/>
        <source>Move do&amp;wn</source>
        <translation>De&amp;scendre</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="343"/>
        <source>Move the selected theme down (Ctrl+Down)</source>
        <translation>Descendre le thème sélectionné (Ctrl+Bas)</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="347"/>
        <source>Remo&amp;ve theme</source>
        <translation>Supp&amp;rimer le thème</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="349"/>
        <source>Remove the selected theme</source>
        <translation>Supprimer le thème sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="434"/>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="477"/>
        <source>Action %1 needs a title.</source>
        <translation>L’action %1 doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="480"/>
        <source>Two actions have the number %1.</source>
        <translation>Deux actions portent le numéro %1.</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="489"/>
        <source>The theme list has “%1” twice.</source>
        <translation>La liste des thèmes contient deux fois «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="537"/>
        <source>Edit programme</source>
        <translation>Modifier le programme</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/programme_dialog.py" line="539"/>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ProjectorController</name>
    <message>
        <location filename="../../ui/projector/__init__.py" line="32"/>
        <source>&amp;Projector View</source>
        <translation>Vue pro&amp;jecteur</translation>
    </message>
    <message>
        <location filename="../../ui/projector/__init__.py" line="35"/>
        <source>Show the entries to the group, on a second screen</source>
        <translation>Montrer les contributions au groupe, sur un second écran</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector/projector_window.py" line="80"/>
        <source>No workshop open</source>
        <translation>Aucun atelier ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_window.py" line="82"/>
        <source>Projector — %1</source>
        <translation>Vue projecteur — %1</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_window.py" line="82"/>
        <source>Projector</source>
        <translation>Vue projecteur</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_window.py" line="129"/>
        <source>Over time: %1</source>
        <translation>Temps dépassé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProposalWords</name>
    <message>
        <location filename="../../ui/monitoring/proposals.py" line="41"/>
        <source>Present, all roles</source>
        <translation>Présents, tous rôles confondus</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/proposals.py" line="46"/>
        <source>Present (%1)</source>
        <translation>Présents (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/monitoring/proposals.py" line="48"/>
        <source>Mean rating of “%1” (%n answer(s))</source>
        <translation>
            <numerusform>Note moyenne de « %1 » (%n réponse)</numerusform>
            <numerusform>Note moyenne de « %1 » (%n réponses)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/proposals.py" line="54"/>
        <source>Improvements with status “%1”</source>
        <translation>Pistes d’amélioration au statut « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/proposals.py" line="58"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/proposals.py" line="62"/>
        <source>From the workshop “%1”: %2</source>
        <translation>Depuis l’atelier « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/proposals.py" line="75"/>
        <source>Nothing to propose: no dated workshop of the programme has a value of this kind yet.</source>
        <translation>Rien à proposer : aucun atelier daté du programme n’a encore de valeur de ce type.</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/proposals.py" line="80"/>
        <source>Atelier proposes counts (attendance, improvements) and 1–5 means (feedback ratings); this indicator is of kind “%1”.</source>
        <translation>Atelier propose des nombres (présences, pistes d’amélioration) et des moyennes de 1 à 5 (notes des avis) ; cet indicateur est de type « %1 ».</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/proposals.py" line="102"/>
        <source>Workshops of this action</source>
        <translation>Ateliers de cette action</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/proposals.py" line="104"/>
        <source>Other workshops of the programme (not linked to this action)</source>
        <translation>Autres ateliers du programme (non liés à cette action)</translation>
    </message>
    <message>
        <location filename="../../ui/monitoring/proposals.py" line="127"/>
        <source>%1 (already among the measurements)</source>
        <translation>%1 (déjà parmi les mesures)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/monitoring/proposals.py" line="130"/>
        <source>“%1”: %n answer(s), too few for a mean (five needed)</source>
        <translation>
            <numerusform>« %1 » : %n réponse, trop peu pour une moyenne (il en faut cinq)</numerusform>
            <numerusform>« %1 » : %n réponses, trop peu pour une moyenne (il en faut cinq)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <location filename="../../ui/feedback/questions_dialog.py" line="44"/>
        <source>Use the standard questions</source>
        <translation>Utiliser les questions standard</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/questions_dialog.py" line="61"/>
        <source>Feedback questions</source>
        <translation>Questions d’avis</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/questions_dialog.py" line="68"/>
        <source>Participants answer each question from 1 (not at all) to 5 (completely). Double-click or press F2 to reword a question.</source>
        <translation>Les participant·es répondent à chaque question de 1 (pas du tout) à 5 (tout à fait). Double-cliquez ou appuyez sur F2 pour reformuler une question.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/questions_dialog.py" line="76"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/questions_dialog.py" line="86"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/questions_dialog.py" line="87"/>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/questions_dialog.py" line="88"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/questions_dialog.py" line="89"/>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/questions_dialog.py" line="90"/>
        <source>&amp;Propose questions</source>
        <translation>&amp;Proposer des questions</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/questions_dialog.py" line="130"/>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/questions_dialog.py" line="192"/>
        <source>Edit feedback questions</source>
        <translation>Modifier les questions d’avis</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/questions_dialog.py" line="194"/>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>RatingWords</name>
    <message>
        <location filename="../../ui/feedback/kiosk_parts.py" line="30"/>
        <source>Not at all</source>
        <translation>Pas du tout</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk_parts.py" line="31"/>
        <source>A little</source>
        <translation>Un peu</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk_parts.py" line="32"/>
        <source>Somewhat</source>
        <translation>Moyennement</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk_parts.py" line="33"/>
        <source>A lot</source>
        <translation>Beaucoup</translation>
    </message>
    <message>
        <location filename="../../ui/feedback/kiosk_parts.py" line="34"/>
        <source>Completely</source>
        <translation>Tout à fait</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <location filename="../../ui/prepare/role_delegate.py" line="42"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message>
        <location filename="../../ui/prepare/roster_edits.py" line="172"/>
        <source>Check in a participant</source>
        <translation>Enregistrer une arrivée</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster_edits.py" line="184"/>
        <source>Add a participant</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster_edits.py" line="187"/>
        <source>Add and check in a participant</source>
        <translation>Ajouter une personne et enregistrer son arrivée</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster_edits.py" line="230"/>
        <source>Mark present</source>
        <translation>Noter la présence</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster_edits.py" line="233"/>
        <source>Mark absent</source>
        <translation>Noter l’absence</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster_edits.py" line="248"/>
        <source>A person needs a name or a pseudonym.</source>
        <translation>Une personne doit avoir un nom ou un pseudonyme.</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster_edits.py" line="254"/>
        <source>Edit a participant</source>
        <translation>Modifier une personne</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../ui/prepare/roster_model.py" line="193"/>
        <location filename="../../ui/prepare/roster_model.py" line="223"/>
        <source>Present</source>
        <translation>Présent·e</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster_model.py" line="193"/>
        <source>Absent</source>
        <translation>Absent·e</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster_model.py" line="223"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster_model.py" line="223"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster_model.py" line="223"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../../ui/prepare/roster.py" line="94"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="105"/>
        <source>Check in</source>
        <translation>Enregistrer une arrivée</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="108"/>
        <source>Type a name and press Enter to mark the person present. Shift+Enter adds a new person even if the name resembles another.</source>
        <translation>Tapez un nom et appuyez sur Entrée pour noter la personne présente. Maj+Entrée ajoute une nouvelle personne, même si son nom ressemble à un autre.</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="117"/>
        <source>Chec&amp;k in:</source>
        <translation>Arri&amp;vée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="120"/>
        <source>Check-in result</source>
        <translation>Résultat de l’enregistrement de l’arrivée</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="125"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="132"/>
        <source>Participants of the programme</source>
        <translation>Participants du programme</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="163"/>
        <source>&amp;Erase this person for good…</source>
        <translation>&amp;Effacer définitivement cette personne…</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="172"/>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="174"/>
        <source>Erase the selected person for good (right to erasure)</source>
        <translation>Effacer définitivement la personne sélectionnée (droit à l’effacement)</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="179"/>
        <source>Keyboard help</source>
        <translation>Aide clavier</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="228"/>
        <source>Space: present/absent · 1–8: role · F2: edit · Delete: erase</source>
        <translation>Espace : présent/absent · 1–8 : rôle · F2 : modifier · Suppr : effacer</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="231"/>
        <source>1–8: role · F2: edit · Delete: erase</source>
        <translation>1–8 : rôle · F2 : modifier · Suppr : effacer</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="342"/>
        <source>%1 is new: added to the roster and checked in. Their role: Tab, then its number (%2).</source>
        <translation>%1 est nouveau·elle : ajouté·e à la liste et pointé·e. Son rôle : Tab, puis son numéro (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="233"/>
        <source>Type a name, then Enter</source>
        <translation>Un nom, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="235"/>
        <source>Type a name, then Enter to add</source>
        <translation>Un nom + Entrée pour ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="237"/>
        <source>Choose a programme first</source>
        <translation>Choisissez un programme</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/prepare/roster.py" line="262"/>
        <source>%n person(s) on the roster</source>
        <translation>
            <numerusform>%n personne dans la liste</numerusform>
            <numerusform>%n personnes dans la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/prepare/roster.py" line="265"/>
        <source>%n present</source>
        <translation>
            <numerusform>%n présent·e</numerusform>
            <numerusform>%n présent·es</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="320"/>
        <source>%1 is checked in.</source>
        <translation>%1&#xa0;: arrivée enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="321"/>
        <source>%1 is already checked in: nothing to do.</source>
        <translation>%1&#xa0;: arrivée déjà enregistrée, rien à faire.</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="322"/>
        <source>%1 is already on the roster.</source>
        <translation>%1 figure déjà dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="324"/>
        <source>Several people match “%1”: choose one with the arrow keys, or press Shift+Enter to add a new person.</source>
        <translation>Plusieurs personnes correspondent à «&#xa0;%1&#xa0;»&#xa0;: choisissez-en une avec les flèches, ou appuyez sur Maj+Entrée pour ajouter une nouvelle personne.</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="331"/>
        <source>Nobody is called “%1”. Did you mean %2? Enter checks in %2; Shift+Enter adds “%1” as a new person.</source>
        <translation>Personne ne s’appelle « %1 ». Vouliez-vous dire %2 ? Entrée pointe %2 ; Maj+Entrée ajoute « %1 » comme nouvelle personne.</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="339"/>
        <source>%1 is added to the roster.</source>
        <translation>%1 est ajouté·e à la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="349"/>
        <source>The check-in could not be saved.</source>
        <translation>L’arrivée n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="384"/>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="387"/>
        <source>Erase “%1” from this workspace for good?</source>
        <translation>Effacer définitivement «&#xa0;%1&#xa0;» de cet espace de travail&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="391"/>
        <source>Their name and organisation will be deleted and cannot be recovered, not even with Undo. What they said stays, without their name, and their attendance still counts by role. The undo history will be cleared.</source>
        <translation>Son nom et son organisation seront supprimés sans retour possible, même avec Édition › Annuler. Ce que la personne a dit est conservé, sans son nom, et sa présence reste comptée par rôle. L’historique d’annulation sera vidé.</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="396"/>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="470"/>
        <source>The person could not be erased.</source>
        <translation>La personne n’a pas pu être effacée.</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/roster.py" line="475"/>
        <source>The person was erased. The undo history has been cleared.</source>
        <translation>La personne a été effacée. L’historique d’annulation a été vidé.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/search_dialog.py" line="64"/>
        <source>Search the programme</source>
        <translation>Rechercher dans le programme</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="68"/>
        <source>Words to find in every workshop of the programme</source>
        <translation>Mots à chercher dans tous les ateliers du programme</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="110"/>
        <source>The first %1 results, the closest first: add a word to narrow the search</source>
        <translation>Les %1 premiers résultats, les plus proches d’abord : ajoutez un mot pour affiner la recherche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_dialog.py" line="114"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemeListModel</name>
    <message>
        <location filename="../../ui/prepare/theme_model.py" line="102"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="118"/>
        <location filename="../../ui/prepare/workshop_dialog.py" line="375"/>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="118"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="127"/>
        <source>Workshop title</source>
        <translation>Titre de l’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="128"/>
        <source>e.g. Partnership platform — Bron</source>
        <translation>ex.&#xa0;: Plateforme partenariale — Bron</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="129"/>
        <source>Kind of workshop</source>
        <translation>Type d’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="133"/>
        <source>Starts on</source>
        <translation>Date et heure de début</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="136"/>
        <source>Ends at</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="140"/>
        <source>u&amp;ntil</source>
        <translation>&amp;jusqu’à</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="145"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="146"/>
        <source>e.g. Community centre, room 2</source>
        <translation>ex.&#xa0;: centre social, salle 2</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="148"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="153"/>
        <source>e.g. Vaulx-en-Velin</source>
        <translation>ex.&#xa0;: Vaulx-en-Velin</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="155"/>
        <source>Facilitators</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="158"/>
        <source>Language of the workshop</source>
        <translation>Langue de l’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="160"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="161"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="162"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="169"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="170"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="171"/>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="172"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="173"/>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritoire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="174"/>
        <source>&amp;Facilitators:</source>
        <translation>A&amp;nimation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="175"/>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="176"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="192"/>
        <source>Actions concerned</source>
        <translation>Actions concernées</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="198"/>
        <source>&amp;Actions concerned (Space ticks):</source>
        <translation>&amp;Actions concernées (Espace pour cocher)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="201"/>
        <source>The programme has no actions yet.</source>
        <translation>Le programme n’a pas encore d’action.</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="207"/>
        <source>Objective and notes</source>
        <translation>Objectif et notes</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="212"/>
        <source>What the session is for, and anything to remember. Printed at the top of the summary. The timed steps go in the agenda: Workshop › Edit Agenda… (Ctrl+F5).</source>
        <translation>À quoi sert la séance, et ce qu’il faut garder en tête. Imprimé en tête de la synthèse. Les étapes minutées vont dans le déroulé : Atelier › Modifier le déroulé… (Ctrl+F5).</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="217"/>
        <source>Ob&amp;jective and notes:</source>
        <translation>Ob&amp;jectif et notes :</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="237"/>
        <source>Save the workshop (Ctrl+Enter)</source>
        <translation>Enregistrer l’atelier (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="348"/>
        <source>The workshop needs a title.</source>
        <translation>L’atelier doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="351"/>
        <source>The workshop ends before it starts.</source>
        <translation>L’atelier se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="375"/>
        <source>Edit workshop</source>
        <translation>Modifier l’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/prepare/workshop_dialog.py" line="377"/>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>WorkshopHeader</name>
    <message>
        <location filename="../../ui/workshop_header.py" line="37"/>
        <source>Choose a workshop on the left to see what was said.</source>
        <translation>Choisissez un atelier à gauche pour voir ce qui s’y est dit.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_header.py" line="40"/>
        <source>Workshop details</source>
        <translation>Détails de l’atelier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop_header.py" line="46"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n atelier</numerusform>
            <numerusform>%n ateliers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workshop_header.py" line="72"/>
        <source>Facilitators: %1</source>
        <translation>Animation&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop_header.py" line="77"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant·e</numerusform>
            <numerusform>%n participant·es</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop_header.py" line="78"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n contribution</numerusform>
            <numerusform>%n contributions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <location filename="../../ui/workshop_page.py" line="58"/>
        <source>Filter this workshop (Ctrl+F)</source>
        <translation>Filtrer cet atelier (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="59"/>
        <source>Filter the entries of this workshop</source>
        <translation>Filtrer les contributions de cet atelier</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="77"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="78"/>
        <location filename="../../ui/workshop_page.py" line="186"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="148"/>
        <source>This workshop is closed: what you type is added to it</source>
        <translation>Atelier clos&#xa0;: ce que vous tapez y sera ajouté</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="150"/>
        <source>Type what is said, then Enter</source>
        <translation>Tapez ce qui se dit, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="324"/>
        <source>Capture undone: its text is back in the box, to fix and save again.</source>
        <translation>Saisie annulée : son texte est revenu dans la zone, pour le corriger et l’enregistrer à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="330"/>
        <source>Capture redone: it is back on the board.</source>
        <translation>Saisie rétablie : elle est de nouveau dans le tableau.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="369"/>
        <source>Nothing to save: type what was said, not only markers.</source>
        <translation>Rien à enregistrer&#xa0;: tapez ce qui a été dit, pas seulement des marqueurs.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="384"/>
        <source>Not recognised, kept in the text: %1</source>
        <translation>Non reconnu, laissé dans le texte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="386"/>
        <source>Saved. Ctrl+Z takes it back into the box.</source>
        <translation>Enregistré. Ctrl+Z le remet dans la zone de saisie.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="427"/>
        <source>Select an entry on the board first (↑/↓).</source>
        <translation>Sélectionnez d’abord une contribution dans le tableau (↑/↓).</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="433"/>
        <source>Sorted by votes (Ctrl+Shift+V to go back to the order of capture).</source>
        <translation>Trié par votes (Ctrl+Maj+V pour revenir à l’ordre de saisie).</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="435"/>
        <source>In the order of capture.</source>
        <translation>Dans l’ordre de saisie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop_page.py" line="463"/>
        <source>Removed the issue and the %n improvement(s) answering it (Ctrl+Z to undo).</source>
        <translation>
            <numerusform>Difficulté retirée, avec la piste qui y répondait (Ctrl+Z pour annuler).</numerusform>
            <numerusform>Difficulté retirée, avec les %n pistes qui y répondaient (Ctrl+Z pour annuler).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceCopy</name>
    <message>
        <location filename="../../ui/workspace_copy.py" line="56"/>
        <source>Save a copy of the workspace</source>
        <translation>Enregistrer une copie de l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_copy.py" line="58"/>
        <source>Atelier workspace (*.sqlite)</source>
        <translation>Espace de travail Atelier (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_copy.py" line="65"/>
        <source>The copy was not written</source>
        <translation>La copie n’a pas été écrite</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_copy.py" line="69"/>
        <source>That is the workspace itself: choose another name or folder.</source>
        <translation>C’est l’espace de travail lui-même : choisissez un autre nom ou un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_copy.py" line="82"/>
        <source>“%1” could not be written (%2). The workspace itself is unchanged.</source>
        <translation>« %1 » n’a pas pu être écrit (%2). L’espace de travail lui-même n’a pas changé.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_copy.py" line="93"/>
        <source>A copy of the workspace is saved as “%1”: one file, complete.</source>
        <translation>Une copie de l’espace de travail est enregistrée sous « %1 » : un seul fichier, complet.</translation>
    </message>
</context>
<context>
    <name>WorkspaceTreeModel</name>
    <message numerus="yes">
        <location filename="../../ui/models/workspace_tree.py" line="127"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n atelier</numerusform>
            <numerusform>%n ateliers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/workspace_tree.py" line="153"/>
        <source>Programme / workshop</source>
        <translation>Programme / atelier</translation>
    </message>
    <message>
        <location filename="../../ui/models/workspace_tree.py" line="154"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models/workspace_tree.py" line="155"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
</TS>
