package translate

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
	"time"
)

// tc3 signs Tencent Cloud API 3.0 requests with TC3-HMAC-SHA256, as the
// "Signature v3" document describes (cloud.tencent.com/document/api/213/30654;
// in English tencentcloud.com/document/product/267/37447; worked examples in
// github.com/TencentCloud/signature-process-demo):
//
//	CanonicalRequest = "POST\n/\n\n" + CanonicalHeaders + "\n" + SignedHeaders + "\n" + hex(SHA256(payload))
//	CanonicalHeaders = "key:value\n" for each signed header, key and value lower-cased, sorted by key
//	StringToSign     = "TC3-HMAC-SHA256\n" + timestamp + "\n" + date/service/tc3_request + "\n" + hex(SHA256(CanonicalRequest))
//	SecretSigning    = HMAC(HMAC(HMAC("TC3"+SecretKey, date), service), "tc3_request")
//	Signature        = hex(HMAC(SecretSigning, StringToSign))
//	Authorization    = "TC3-HMAC-SHA256 Credential=" + SecretId + "/" + CredentialScope + ", SignedHeaders=" + SignedHeaders + ", Signature=" + Signature
//
// The date is the UTC date of the timestamp, which Tencent requires within
// five minutes of its clock. tc3_test.go checks the documented examples.
type tc3 struct {
	secretID, secretKey string
	service             string // "tmt": the first label of the API host
}

const tc3Algorithm = "TC3-HMAC-SHA256"

// authorization returns the Authorization header for a POST of payload to
// "/" with the given headers, which must include content-type and host.
func (s tc3) authorization(timestamp int64, headers map[string]string, payload []byte) string {
	names := make([]string, 0, len(headers))
	lower := make(map[string]string, len(headers))
	for k, v := range headers {
		k = strings.ToLower(strings.TrimSpace(k))
		names = append(names, k)
		lower[k] = strings.ToLower(strings.TrimSpace(v))
	}
	slices.Sort(names)
	var canonical strings.Builder
	for _, k := range names {
		canonical.WriteString(k + ":" + lower[k] + "\n")
	}
	signed := strings.Join(names, ";")
	request := "POST\n/\n\n" + canonical.String() + "\n" + signed + "\n" + sha256Hex(payload)

	date := time.Unix(timestamp, 0).UTC().Format(time.DateOnly)
	scope := date + "/" + s.service + "/tc3_request"
	toSign := tc3Algorithm + "\n" + strconv.FormatInt(timestamp, 10) + "\n" + scope + "\n" + sha256Hex([]byte(request))

	key := hmacSHA256([]byte("TC3"+s.secretKey), date)
	key = hmacSHA256(key, s.service)
	key = hmacSHA256(key, "tc3_request")
	signature := hex.EncodeToString(hmacSHA256(key, toSign))
	return tc3Algorithm + " Credential=" + s.secretID + "/" + scope + ", SignedHeaders=" + signed + ", Signature=" + signature
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func hmacSHA256(key []byte, msg string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(msg))
	return m.Sum(nil)
}
