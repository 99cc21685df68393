#!/usr/bin/env bash
# Certificates for the TLS tests, made with Debian's openssl as an operator would: a private
# CA and, issued by it, certificates that are good, for another name, expired and not yet
# valid; and one issued by a CA nobody here trusts (a TLS-inspection box's, say).
#   make-certificates.sh DIR
set -euo pipefail
dir=$1
mkdir -p "$dir"
cd "$dir"
[ -f done ] && exit 0
quiet() { "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; }
ca() {  # NAME SUBJECT
  quiet openssl req -x509 -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.pem" -days 3650 -subj "$2" \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
  mkdir -p "$1.db"; : > "$1.db/index.txt"; echo 1000 > "$1.db/serial"
  cat > "$1.cnf" <<CNF
[ca]
default_ca = here
[here]
database = $1.db/index.txt
serial = $1.db/serial
new_certs_dir = $1.db
certificate = $1.pem
private_key = $1.key
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = copy
[anything]
commonName = supplied
CNF
}
leaf() {  # CA NAME SUBJECT_ALT_NAMES START END
  cn=${3%%,*}; cn=${cn#*:}
  quiet openssl req -newkey rsa:2048 -nodes -keyout "$2.key" -out "$2.csr" -subj "/CN=$cn" \
    -addext "subjectAltName=$3" -addext basicConstraints=CA:FALSE
  quiet openssl ca -batch -config "$1.cnf" -in "$2.csr" -out "$2.pem" -startdate "$4" -enddate "$5" -notext
}
ca ca "/CN=Afilnet Test CA/O=afilnet-tui tests"
ca rogue "/CN=Rogue Inspection CA/O=Somewhere Else"
leaf ca good "DNS:localhost,IP:127.0.0.1" 20200101000000Z 20991231000000Z
leaf ca other "DNS:api.example.org,DNS:www.example.org" 20200101000000Z 20991231000000Z
leaf ca expired "DNS:localhost,IP:127.0.0.1" 20200101000000Z 20210101000000Z
leaf ca future "DNS:localhost,IP:127.0.0.1" 20900101000000Z 20991231000000Z
leaf rogue inspected "DNS:localhost,IP:127.0.0.1" 20200101000000Z 20991231000000Z
touch done
