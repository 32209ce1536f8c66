; Inno Setup 6 script: RegWorkshop for Windows, per user, no administrator rights.
;
;   pyinstaller --noconfirm --clean installers\pyinstaller\regworkshop.spec
;   iscc /DAppVersion=0.1.0 installers\windows\regworkshop.iss
;
; Output: dist\installer\RegWorkshop-<version>-setup.exe
; Silent install for IT departments (per user, no reboot, no questions):
;   RegWorkshop-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER
; Machine-wide (run as administrator): /ALLUSERS instead of /CURRENTUSER.
; Silent uninstall: "%LOCALAPPDATA%\Programs\RegWorkshop\unins000.exe" /VERYSILENT

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "RegWorkshop"
#define AppExe "regworkshop.exe"
#define Root "..\.."

[Setup]
; Never change AppId: upgrades and the uninstaller find earlier installs by it.
AppId={{5E7C2B1A-93D4-4C0E-8F5B-2A61D0C4E7B9}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=RegWorkshop contributors
VersionInfoVersion={#AppVersion}
; Per user by default: {autopf} is %LOCALAPPDATA%\Programs without admin rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
SetupIconFile={#Root}\resources\icons\regworkshop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir={#Root}\dist\installer
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
; Swedish.isl: if your Inno Setup lacks it, copy it from jrsoftware.org/files/istrans/.
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\RegWorkshop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; Replace the whole folder on upgrade: files of an older build must not linger.
[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install and HKLM for an all-users install.
Root: HKA; Subkey: "Software\Classes\.rwproj"; ValueType: string; ValueName: ""; ValueData: "RegWorkshop.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.rwproj\OpenWithProgids"; ValueType: string; ValueName: "RegWorkshop.Project"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\RegWorkshop.Project"; ValueType: string; ValueName: ""; ValueData: "RegWorkshop-projekt"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\RegWorkshop.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\RegWorkshop.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.rwbundle"; ValueType: string; ValueName: ""; ValueData: "RegWorkshop.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.rwbundle\OpenWithProgids"; ValueType: string; ValueName: "RegWorkshop.Bundle"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\RegWorkshop.Bundle"; ValueType: string; ValueName: ""; ValueData: "RegWorkshop-bunt"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\RegWorkshop.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\RegWorkshop.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".rwproj"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".rwbundle"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
