#!/usr/bin/env pwsh
<#
.SYNOPSIS
    Build script for the WebIDL toolkit (PowerShell 7).

.DESCRIPTION
    Targets (default: build):
      restore  dotnet restore Bindings.sln
      build    restore, then dotnet build Bindings.sln
      test     build, npm ci in tests/node (only if tests/node/node_modules is missing),
               dotnet test with TRX loggers into artifacts/test-results, then prints one
               line "N passed, N failed[, N skipped]" summed over every *.trx file
      pack     build, then dotnet pack Bindings.sln into artifacts/packages
      docs     `webidl docs` on the IDL the runtime ships (runtime/WebIdl.Runtime/Idl): Markdown API
               reference in artifacts/docs

    Every step stops the script on failure and exits with that step's exit code.

    Run it through the local tool manifest (no global install needed):
      dotnet tool restore
      dotnet pwsh -NoProfile -File build.ps1 test

.PARAMETER Target
    restore | build | test | pack | docs

.PARAMETER Configuration
    Build configuration, Release unless given.
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('restore', 'build', 'test', 'pack', 'docs')]
    [string] $Target = 'build',

    [string] $Configuration = 'Release'
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
# Native commands never throw on a non-zero exit code here: every call is checked by hand
# (Invoke-Native), so the script exits with the failing command's own exit code.
$PSNativeCommandUseErrorActionPreference = $false

$RepoRoot = $PSScriptRoot
$ArtifactsDir = Join-Path $RepoRoot 'artifacts'
$TestResultsDir = Join-Path $ArtifactsDir 'test-results'
$PackagesDir = Join-Path $ArtifactsDir 'packages'
$NodeDir = Join-Path $RepoRoot 'tests' 'node'
$DocsToolProject = Join-Path $RepoRoot 'generator' 'WebIdl.Tool' 'WebIdl.Tool.csproj'

function Write-Step([string] $Message) {
    Write-Host "==> $Message"
}

# Exits the script with $Code, never with 0 for a failure (exit codes wrap modulo 256 on Unix).
function Exit-Failure([int] $Code) {
    if ($Code -eq 0 -or ($Code % 256) -eq 0) { $Code = 1 }
    exit $Code
}

# Runs a native command; on a non-zero exit code, says which step failed and exits with that code.
function Invoke-Native {
    param(
        [Parameter(Mandatory)] [string] $Name,
        [Parameter(Mandatory)] [string] $FilePath,
        [string[]] $Arguments = @()
    )
    Write-Step "$Name`: $FilePath $($Arguments -join ' ')"
    & $FilePath @Arguments
    $code = $LASTEXITCODE
    if ($code -ne 0) {
        Write-Host "build.ps1: step '$Name' failed with exit code $code"
        Exit-Failure $code
    }
}

function Get-Solution {
    foreach ($name in 'Bindings.sln', 'Bindings.slnx') {
        $path = Join-Path $RepoRoot $name
        if (Test-Path -LiteralPath $path -PathType Leaf) { return $path }
    }
    Write-Host "build.ps1: Bindings.sln not found in $RepoRoot"
    Exit-Failure 1
}

function Invoke-Restore {
    Invoke-Native -Name 'restore' -FilePath 'dotnet' -Arguments @('restore', (Get-Solution))
}

function Invoke-Build {
    Invoke-Restore
    Invoke-Native -Name 'build' -FilePath 'dotnet' -Arguments @(
        'build', (Get-Solution), '-c', $Configuration, '--no-restore')
}

function Install-NodeDependencies {
    if (Test-Path -LiteralPath (Join-Path $NodeDir 'node_modules') -PathType Container) {
        Write-Step "npm: tests/node/node_modules present, skipping npm ci"
        return
    }
    if (-not (Get-Command npm -ErrorAction SilentlyContinue)) {
        Write-Host "build.ps1: npm is not on PATH; it is needed to install tests/node"
        Exit-Failure 1
    }
    Push-Location $NodeDir
    try {
        Invoke-Native -Name 'npm ci (tests/node)' -FilePath 'npm' -Arguments @('ci', '--no-audit', '--no-fund')
    }
    finally {
        Pop-Location
    }
}

# Sums the <Counters> element of every TRX file under $Directory.
function Get-TrxTotals([string] $Directory) {
    $totals = [ordered]@{ Files = 0; Total = 0; Executed = 0; Passed = 0; Failed = 0; Skipped = 0 }
    $files = @(Get-ChildItem -LiteralPath $Directory -Filter '*.trx' -File -Recurse -ErrorAction SilentlyContinue)
    foreach ($file in $files) {
        [xml] $trx = Get-Content -LiteralPath $file.FullName -Raw
        $counters = $trx.SelectSingleNode("//*[local-name()='ResultSummary']/*[local-name()='Counters']")
        if ($null -eq $counters) {
            $counters = $trx.SelectSingleNode("//*[local-name()='Counters']")
        }
        if ($null -eq $counters) {
            Write-Host "build.ps1: no <Counters> element in $($file.FullName)"
            continue
        }
        $get = {
            param([string] $attribute)
            $value = $counters.GetAttribute($attribute)
            if ([string]::IsNullOrEmpty($value)) { 0 } else { [int] $value }
        }
        $totals.Files++
        $totals.Total += & $get 'total'
        $totals.Executed += & $get 'executed'
        $totals.Passed += & $get 'passed'
        # error, timeout and aborted results are failures too.
        $totals.Failed += (& $get 'failed') + (& $get 'error') + (& $get 'timeout') + (& $get 'aborted')
        # VSTest leaves notExecuted at 0 for skipped xunit tests; they show as total - executed.
        $totals.Skipped += [Math]::Max((& $get 'notExecuted'), (& $get 'total') - (& $get 'executed'))
    }
    return [pscustomobject] $totals
}

function Invoke-Test {
    Invoke-Build
    Install-NodeDependencies

    # Old TRX files must not count towards this run.
    if (Test-Path -LiteralPath $TestResultsDir) {
        Remove-Item -LiteralPath $TestResultsDir -Recurse -Force
    }
    New-Item -ItemType Directory -Path $TestResultsDir -Force | Out-Null

    $arguments = @(
        'test', (Get-Solution), '-c', $Configuration, '--no-build',
        '--logger', 'trx;LogFilePrefix=results',
        '--results-directory', $TestResultsDir)
    Write-Step "test: dotnet $($arguments -join ' ')"
    & dotnet @arguments
    $testExitCode = $LASTEXITCODE

    $totals = Get-TrxTotals $TestResultsDir
    if ($totals.Files -eq 0) {
        Write-Host "build.ps1: no TRX files were written to $TestResultsDir"
    }
    if ($testExitCode -ne 0) {
        Write-Host "build.ps1: step 'test' failed with exit code $testExitCode"
    }
    elseif ($totals.Failed -gt 0) {
        Write-Host "build.ps1: dotnet test exited 0 but the TRX files record failures"
    }

    # The last line: the plain, machine-read summary.
    $summary = "$($totals.Passed) passed, $($totals.Failed) failed"
    if ($totals.Skipped -gt 0) { $summary += ", $($totals.Skipped) skipped" }
    Write-Host $summary

    if ($testExitCode -ne 0) { Exit-Failure $testExitCode }
    if ($totals.Failed -gt 0) { Exit-Failure 1 }
}

function Invoke-Pack {
    Invoke-Build
    Invoke-Native -Name 'pack' -FilePath 'dotnet' -Arguments @(
        'pack', (Get-Solution), '-c', $Configuration, '--no-build', '-o', $PackagesDir)
}

function Invoke-Docs {
    # API reference pages (Markdown) for the IDL the runtime ships and implements (WebSocket, CloseEvent,
    # MessageEvent, ErrorEvent, Event). The IDL under generator/WebIdl.Tool/samples is a demo input for the CLI that
    # repeats the WebSocket definitions: one set, or every definition would be reported as a duplicate.
    $inputs = @(Join-Path $RepoRoot 'runtime' 'WebIdl.Runtime' 'Idl')
    $out = Join-Path $ArtifactsDir 'docs'
    Invoke-Native -Name 'docs' -FilePath 'dotnet' -Arguments (@(
        'run', '--project', $DocsToolProject, '-c', $Configuration, '--', 'docs') + $inputs + @('--out', $out))
    Write-Host "docs: API reference written to $out"
}

Push-Location $RepoRoot
try {
    switch ($Target) {
        'restore' { Invoke-Restore }
        'build' { Invoke-Build }
        'test' { Invoke-Test }
        'pack' { Invoke-Pack }
        'docs' { Invoke-Docs }
    }
}
finally {
    Pop-Location
}
exit 0
