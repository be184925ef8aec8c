#!/usr/bin/env bash
# A whole bicycle purchase with curl alone, against the reference Policy API (npm start runs it on 127.0.0.1:4010).
# Usage: bash docs/curl-journey.sh [API base URL]
set -euo pipefail
API=${1:-http://127.0.0.1:4010}
json() { curl -sS -H 'content-type: application/json' "$@"; }
form() { # form_id then name=value pairs (values are JSON)
  local id=$1; shift; local fields=""
  for kv in "$@"; do fields+="{\"name\":\"${kv%%=*}\",\"value\":${kv#*=}},"; done
  echo "{\"form_id\":\"$id\",\"fields\":[${fields%,}]}"
}
today=$(date -u +%F)

echo "1. The first form"; json "$API/api/v3/policy/submit/bicycle/" | jq -c '{next_action, form: .form.form_id}'

echo "2. Your bicycle: creates the quote and hands back its quote token"
r=$(json -X POST "$API/api/v3/policy/submit/bicycle/" -d "{\"policy_number\":null,\"form\":$(form bike make='"Brompton"' model='"C Line"' value='"1500.00"' bike_type='"hybrid"' claims=0 start_date="\"$today\"")}")
N=$(jq -r .policy_number <<<"$r"); T=$(jq -r .quote_token <<<"$r")
jq -c '{policy_number, next_action, next_form: .form.form_id, total: .pricing.total}' <<<"$r"
q=(-H "x-quote-token: $T")

echo "3. Quote options: a display step (key facts) then the next form"
json -X POST "${q[@]}" "$API/api/v3/policy/submit/bicycle/" -d "{\"policy_number\":\"$N\",\"form\":$(form quote tier='"standard"' excess='"50"' perils='["theft-abroad"]')}" | jq -c '{next_action, title: .content_data.title, total: .pricing.total}'

echo "4. About you: the quote is complete"
json -X POST "${q[@]}" "$API/api/v3/policy/submit/bicycle/" -d "{\"policy_number\":\"$N\",\"form\":$(form owner first_name='"Grace"' last_name='"Hopper"' date_of_birth='"1980-12-09"' email='"grace@example.com"' postcode='"SW1A 1AA"')}" | jq -c '{next_action, policy_status}'

echo "5. Review, then confirm"
json -X POST "${q[@]}" "$API/api/v3/policy/$N/confirm/" | jq -c '.price_info'
json -X POST "${q[@]}" "$API/api/v3/policy/$N/confirm/" -d "{\"form\":$(form confirmation accurate=true accept_terms=true)}" | jq -c '{next_action, payment}'

echo "6. Pay on the sandbox gateway page, and follow it back"
pay=$(json "${q[@]}" "$API/api/v3/payment/token/?policy_number=$N&payment_mode=annual&return_url=$(jq -rn --arg u "$API/done" '$u|@uri')")
page=$(jq -r .redirect_url <<<"$pay")
process=$(curl -sS -o /dev/null -w '%{redirect_url}' -X POST "$page" --data-urlencode 'card_number=4242 4242 4242 4242' -d 'expiry=12/39&cvc=123&name=Grace Hopper')
curl -sS -o /dev/null -w 'back to: %{redirect_url}\n' "$process"

echo "7. The policy"
json "${q[@]}" "$API/api/v3/policy/$N/" | jq -c '{policy_number, status, start_date, end_date, total: .price_breakdown.total, payments: [.payments[].status]}'
