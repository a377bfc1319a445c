#!/usr/bin/env bash
# Makes the checked-in key fixtures used by dev.signet.core.keys.TestKeys, with the same
# openssl/keytool commands the Salesforce "JWT Bearer Flow" tutorials use.
#
# Run ONCE (it was run with OpenSSL 3.0 and OpenJDK 17 keytool) and commit the output. Running it
# again makes new keys: then update the expected SHA-256 fingerprint in TestKeys
# (openssl x509 -in server.crt -noout -fingerprint -sha256).
#
# Passwords: SomePassword for the encrypted PEM keys, changeit for server.p12 and server.jks.
set -euo pipefail
cd "$(dirname "$0")"

PASS=SomePassword
STOREPASS=changeit

# 1. Salesforce tutorial: an encrypted key. OpenSSL 3 writes this as encrypted PKCS#8
#    (BEGIN ENCRYPTED PRIVATE KEY, PBES2 with DES-EDE3-CBC), OpenSSL 1.x wrote the classic form.
openssl genrsa -des3 -passout pass:$PASS -out server.pass.key 2048

# 1b. The classic OpenSSL 1.x form (BEGIN RSA PRIVATE KEY + Proc-Type: 4,ENCRYPTED +
#     DEK-Info: DES-EDE3-CBC). OpenSSL 3 needs -traditional for it.
openssl rsa -passin pass:$PASS -in server.pass.key -des3 -traditional -passout pass:$PASS \
  -out server.pass.traditional.key

# 2. Salesforce tutorial: remove the password. OpenSSL 3 writes PKCS#8 (BEGIN PRIVATE KEY).
openssl rsa -passin pass:$PASS -in server.pass.key -out server.key

# 2b. The same key as PKCS#1 (BEGIN RSA PRIVATE KEY), what OpenSSL 1.x wrote in step 2.
openssl rsa -passin pass:$PASS -in server.pass.key -traditional -out server.pkcs1.key

# 2c. Encrypted PKCS#8 with AES-256-CBC (PBES2).
openssl pkcs8 -topk8 -v2 aes-256-cbc -in server.key -passout pass:$PASS -out server.pkcs8.enc.key

# 3. Salesforce tutorial: certificate signing request and self-signed certificate.
openssl req -new -key server.key -out server.csr -subj "/CN=signet-test"
openssl x509 -req -sha256 -days 36500 -in server.csr -signkey server.key -out server.crt

# 3b. The certificate in DER form.
openssl x509 -in server.crt -outform der -out server.der

# 4. PKCS#12 with key and certificate (alias signet), and a JKS made from it by keytool.
openssl pkcs12 -export -name signet -inkey server.key -in server.crt \
  -passout pass:$STOREPASS -out server.p12
rm -f server.jks
keytool -importkeystore -noprompt \
  -srckeystore server.p12 -srcstoretype PKCS12 -srcstorepass $STOREPASS -srcalias signet \
  -destkeystore server.jks -deststoretype JKS -deststorepass $STOREPASS -destkeypass $STOREPASS \
  -destalias signet

# 5. A second, unrelated key pair for "key does not match certificate" tests.
openssl genrsa -out other.key 2048
openssl req -new -x509 -sha256 -days 36500 -key other.key -subj "/CN=signet-other" -out other.crt

openssl x509 -in server.crt -noout -fingerprint -sha256
