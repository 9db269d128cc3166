<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../ui/models/entries.py" line="156"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/models/entries.py" line="157"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/models/entries.py" line="158"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/models/entries.py" line="159"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/models/entries.py" line="160"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/models/entries.py" line="161"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/dialogs.py" line="36"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="42"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="44"/>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="47"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="48"/>
        <source>Settings file</source>
        <translation>Fichier des préférences</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="50"/>
        <source>Built with</source>
        <translation>Construit avec</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="59"/>
        <source>Captures what a workshop says, offline. Everything stays in the workspace file on this computer.</source>
        <translation>Garde la trace de ce qui se dit en atelier, sans connexion. Tout reste dans le fichier de l’espace de travail, sur cet ordinateur.</translation>
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
        <source>Social landlord</source>
        <translation>Bailleur social</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Researcher</source>
        <translation>Chercheur·e</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Other role</source>
        <translation>Autre rôle</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Open</source>
        <comment>action item status</comment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>In progress</source>
        <comment>action item status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Done</source>
        <comment>action item status</comment>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Dropped</source>
        <comment>action item status</comment>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Design</source>
        <translation>Conception</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Monitoring</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Financing</source>
        <translation>Financement</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Programmes and workshops</source>
        <translation>Programmes et ateliers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Entries of the workshop</source>
        <translation>Contributions de l’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Open &amp;Recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;About Atelier</source>
        <translation>À &amp;propos d’Atelier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>No recent workspace</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Cannot open the workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>Cannot create the workspace</source>
        <translation>Impossible de créer l’espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>“%1” already exists. Use File › Open to open it.</source>
        <translation>« %1 » existe déjà. Ouvrez-le avec Fichier › Ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>About Atelier</source>
        <translation>À propos d’Atelier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="15"/>
        <source>“%1” is not an Atelier workspace. Choose a file made by Atelier, or create a new workspace.</source>
        <translation>« %1 » n’est pas un espace de travail Atelier. Choisissez un fichier créé par Atelier, ou créez un nouvel espace de travail.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="19"/>
        <source>“%1” is a database of another program, not an Atelier workspace. Atelier has not changed it.</source>
        <translation>« %1 » est une base de données d’un autre logiciel, pas un espace de travail Atelier. Atelier ne l’a pas modifiée.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>“%1” is damaged and cannot be read. Open a backup copy; Atelier has not changed the file.</source>
        <translation>« %1 » est endommagé et ne peut pas être lu. Ouvrez une copie de sauvegarde ; Atelier n’a pas modifié le fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>“%1” was written by a newer version of Atelier. Update Atelier to open it; the file has not been changed.</source>
        <translation>« %1 » a été enregistré par une version plus récente d’Atelier. Mettez Atelier à jour pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>Atelier cannot write to “%1”: the file or its folder is read-only. Copy the workspace to a folder you can write to, such as Documents, and open the copy.</source>
        <translation>Atelier ne peut pas écrire dans « %1 » : le fichier ou son dossier est en lecture seule. Copiez l’espace de travail dans un dossier où vous pouvez écrire, par exemple Documents, et ouvrez la copie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>The folder of “%1” does not exist. Choose another place.</source>
        <translation>Le dossier de « %1 » n’existe pas. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>Atelier cannot read “%1”. Check that you are allowed to open it.</source>
        <translation>Atelier ne peut pas lire « %1 ». Vérifiez que vous avez le droit de l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>Atelier could not save the last change. What was saved before is safe.</source>
        <translation>Atelier n’a pas pu enregistrer la dernière modification. Ce qui était enregistré avant est intact.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>This computer&apos;s SQLite is too old for Atelier (3.31 or newer is needed).</source>
        <translation>La version de SQLite de cet ordinateur est trop ancienne pour Atelier (il faut la 3.31 ou plus récente).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>Atelier process %1 on %2, open since %3</source>
        <translation>processus Atelier %1 sur %2, ouvert depuis %3</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>“%1” is already open in another Atelier window (%2). Switch to that window, or close it and try again.</source>
        <translation>« %1 » est déjà ouvert dans une autre fenêtre d’Atelier (%2). Passez à cette fenêtre, ou fermez-la et réessayez.</translation>
    </message>
</context>
<context>
    <name>WorkshopHeader</name>
    <message>
        <location filename="../../ui/workshop_header.py" line="29"/>
        <source>Choose a workshop on the left to see what was said.</source>
        <translation>Choisissez un atelier à gauche pour voir ce qui s’y est dit.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_header.py" line="30"/>
        <source>Workshop details</source>
        <translation>Détails de l’atelier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop_header.py" line="36"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n atelier</numerusform>
            <numerusform>%n ateliers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workshop_header.py" line="51"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_header.py" line="52"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_header.py" line="53"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_header.py" line="54"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_header.py" line="55"/>
        <source>Facilitators</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_header.py" line="56"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_header.py" line="63"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_header.py" line="64"/>
        <source>Entries</source>
        <translation>Contributions</translation>
    </message>
</context>
<context>
    <name>WorkspaceTreeModel</name>
    <message numerus="yes">
        <location filename="../../ui/models/workspace_tree.py" line="126"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n atelier</numerusform>
            <numerusform>%n ateliers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/workspace_tree.py" line="152"/>
        <source>Programme / workshop</source>
        <translation>Programme / atelier</translation>
    </message>
    <message>
        <location filename="../../ui/models/workspace_tree.py" line="153"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models/workspace_tree.py" line="154"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
</TS>
