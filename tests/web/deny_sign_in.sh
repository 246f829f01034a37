#!/bin/sh
# A "browser" that the user declines in: sends the app's loopback error=access_denied with the
# state of the authorization URL it was given ($1), as a provider does.
redirect=$(printf '%s' "$1" | sed -n 's/.*[?&]redirect_uri=\([^&]*\).*/\1/p' | sed 's/%3A/:/g; s/%2F/\//g')
state=$(printf '%s' "$1" | sed -n 's/.*[?&]state=\([^&]*\).*/\1/p')
exec curl -s -o /dev/null "${redirect}?error=access_denied&state=${state}"
