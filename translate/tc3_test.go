package translate

import (
	"strings"
	"testing"
)

// The worked example of Tencent Cloud's "Signature v3" document (CVM
// DescribeInstances, timestamp 1551113065), with the document's masked
// example key taken literally: the published signatures are computed
// from exactly these strings. TencentCloud/signature-process-demo
// signature-v3 and cvm/signature-v3 print the same values.
const (
	docSecretID  = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******"
	docSecretKey = "Gu5t9xGARNpq86cd98joQYCN3*******"
	docPayload   = `{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`
)

func TestTC3SignatureMatchesTencentsWorkedExamples(t *testing.T) {
	s := tc3{secretID: docSecretID, secretKey: docSecretKey, service: "cvm"}
	for _, tc := range []struct {
		name    string
		headers map[string]string
		want    string
	}{
		{
			// The current document signs the action too.
			name: "content-type;host;x-tc-action",
			headers: map[string]string{"Content-Type": "application/json; charset=utf-8",
				"Host": "cvm.tencentcloudapi.com", "X-TC-Action": "DescribeInstances"},
			want: "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, " +
				"SignedHeaders=content-type;host;x-tc-action, Signature=be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3",
		},
		{
			// The earlier edition signs only the two required headers.
			name:    "content-type;host",
			headers: map[string]string{"content-type": "application/json; charset=utf-8", "host": "cvm.tencentcloudapi.com"},
			want: "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, " +
				"SignedHeaders=content-type;host, Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := s.authorization(1551113065, tc.headers, []byte(docPayload)); got != tc.want {
				t.Errorf("authorization =\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// The document's intermediate values, so a regression says which step
// broke.
func TestTC3PayloadHashMatchesTheDocument(t *testing.T) {
	if got := sha256Hex([]byte(docPayload)); got != "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064" {
		t.Fatalf("hashed payload = %s", got)
	}
}

// The credential date is the UTC date: 1551113065 is 2019-02-26 00:44:25
// in Beijing but 2019-02-25 in UTC, the document's own warning.
func TestTC3UsesTheUTCDate(t *testing.T) {
	s := tc3{secretID: "id", secretKey: "key", service: "tmt"}
	got := s.authorization(1551113065, map[string]string{"content-type": "application/json", "host": "tmt.tencentcloudapi.com"}, nil)
	if want := "Credential=id/2019-02-25/tmt/tc3_request"; !strings.Contains(got, want) {
		t.Fatalf("authorization %q lacks %q", got, want)
	}
}
