#!/usr/bin/env bash
# Prints the current six-digit code of an authenticator key, as an authenticator app would:
#
#   eng/totp.sh KEY
#
# For the demo staff accounts the key is in README.md (demo accounts). The code is computed by
# eng/tools/totp.cs, a .NET 10 file-based app: nothing but the .NET SDK is needed (the first run
# compiles it, which takes a few seconds). The code goes to standard output, how long it stays
# valid to standard error.
set -euo pipefail

if [ "$#" -ne 1 ]; then
  echo "usage: eng/totp.sh KEY" >&2
  exit 2
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
exec dotnet run --file "$here/tools/totp.cs" -- "$1"
