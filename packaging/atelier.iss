; Atelier's Windows installer (Inno Setup 6): for the person installing it, without
; administrator rights, in French or English. Built on Windows, after PyInstaller:
;     pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\atelier.spec
;     iscc packaging\atelier.iss
; gives dist\atelier-VERSION-windows-setup.exe (see the README, "Building the installers").
;
; What it does: copies dist\atelier\ to %LOCALAPPDATA%\Programs\Atelier, adds Atelier to the
; Start menu (and, if asked, to the desktop), opens .atelier exchange files with Atelier,
; and offers Atelier in "Open with" for .sqlite files. .sqlite is any SQLite program's
; extension (DB Browser for SQLite…): Atelier is never made their default program.
; The uninstaller removes only what was installed: workspaces (Documents, or
; %LOCALAPPDATA%\atelier), their backups, the settings and the log all stay.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "atelier.exe"

[Setup]
AppId=org.atelier.Atelier
AppName=Atelier
AppVersion={#AppVersion}
AppVerName=Atelier {#AppVersion}
AppPublisher=The Atelier team
AppComments=Capture what a participatory workshop says, offline
PrivilegesRequired=lowest
DefaultDirName={autopf}\Atelier
DefaultGroupName=Atelier
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\dist
OutputBaseFilename=atelier-{#AppVersion}-windows-setup
SetupIconFile=..\src\workshop_app\resources\icons\atelier.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=Atelier
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
english.AtelierComment=Capture what a participatory workshop says, offline
french.AtelierComment=Garder la trace de ce qui se dit en atelier participatif, sans connexion
english.FilesGroup=Files:
french.FilesGroup=Fichiers :
english.AssociateExchange=Open Atelier exchange files (.atelier) with Atelier
french.AssociateExchange=Ouvrir les fichiers d’échange Atelier (.atelier) avec Atelier
english.OfferForSqlite=Offer Atelier in "Open with" for workspaces (.sqlite)
french.OfferForSqlite=Proposer Atelier dans « Ouvrir avec » pour les espaces de travail (.sqlite)
english.ExchangeType=Atelier exchange file
french.ExchangeType=Fichier d’échange Atelier
english.WorkspaceType=Atelier workspace
french.WorkspaceType=Espace de travail Atelier

[Tasks]
Name: "associate"; Description: "{cm:AssociateExchange}"; GroupDescription: "{cm:FilesGroup}"
Name: "openwith"; Description: "{cm:OfferForSqlite}"; GroupDescription: "{cm:FilesGroup}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the program whole: no file of the previous version stays behind
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\atelier\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Atelier"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AtelierComment}"
Name: "{autodesktop}\Atelier"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AtelierComment}"; Tasks: desktopicon

[Registry]
; HKA is the current user's HKEY_CURRENT_USER here (PrivilegesRequired=lowest).
; --desktop: a problem with the file is said in the window (a window program has no console).
Root: HKA; Subkey: "Software\Classes\.atelier"; ValueType: string; ValueName: ""; ValueData: "Atelier.Exchange"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.atelier\OpenWithProgids"; ValueType: string; ValueName: "Atelier.Exchange"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Atelier.Exchange"; ValueType: string; ValueName: ""; ValueData: "{cm:ExchangeType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Atelier.Exchange\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Atelier.Exchange\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --desktop ""%1"""
Root: HKA; Subkey: "Software\Classes\.sqlite\OpenWithProgids"; ValueType: string; ValueName: "Atelier.Workspace"; ValueData: ""; Flags: uninsdeletevalue; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Atelier.Workspace"; ValueType: string; ValueName: ""; ValueData: "{cm:WorkspaceType}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Atelier.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Atelier.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --desktop ""%1"""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "Atelier"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".atelier"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".sqlite"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --desktop ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Atelier}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section, on purpose: the uninstaller deletes the files it copied,
; never a workspace, a backup, the settings or the log.
