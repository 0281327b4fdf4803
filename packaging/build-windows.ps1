# Builds the Windows app-image of Masa and its .msi installer from the runnable jar.
# Run on Windows, in the project root, with JDK 17 or newer and the WiX Toolset 3 on the PATH
# (jpackage needs WiX for .msi):
#
#   mvn package
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1 [-BuildDir target]
#
# Result: target\dist\Masa\Masa.exe (the designer), target\dist\Masa\masa-cli.exe (the command
# line, with a console) and target\dist\Masa-VERSION.msi, which installs for the current user
# without administrator rights, adds a Start-menu entry and a desktop shortcut, and registers
# Masa for maps. The jar must be built on Windows: it carries the JavaFX native libraries of the
# platform it was built on.
param([string]$BuildDir = "target")
$ErrorActionPreference = "Stop"

$jar = Join-Path $BuildDir "masa.jar"
if (-not (Test-Path $jar)) { throw "There is no $jar yet: run 'mvn package' first." }
$version = ([xml](Get-Content pom.xml)).project.version
$work = Join-Path $BuildDir "jpackage"
$input = Join-Path $work "input"
$dist = Join-Path $BuildDir "dist"

Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $work, (Join-Path $dist "Masa")
New-Item -ItemType Directory -Force $input, $dist | Out-Null
Copy-Item $jar $input

jpackage --type app-image "@packaging/jpackage/identity.txt" "@packaging/jpackage/app.txt" `
  "@packaging/jpackage/runtime.txt" "@packaging/windows/app.txt" `
  --app-version $version --input $input --dest $dist
if ($LASTEXITCODE -ne 0) { throw "jpackage could not build the app-image." }
Copy-Item THIRD-PARTY.md (Join-Path $dist "Masa\app")

jpackage --type msi --app-image (Join-Path $dist "Masa") "@packaging/jpackage/identity.txt" `
  "@packaging/windows/msi.txt" --app-version $version --dest $dist
if ($LASTEXITCODE -ne 0) { throw "jpackage could not build the .msi." }
Write-Host "Done: $dist"
