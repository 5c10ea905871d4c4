package email

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-msgauth/dkim"
)

// signed returns raw signed with a fresh key for domain by the real
// go-msgauth signer, and a TXT lookup that serves that key.
func signed(t *testing.T, raw []byte, domain string) ([]byte, func(string) ([]string, error)) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := dkim.Sign(&out, bytes.NewReader(raw), &dkim.SignOptions{Domain: domain, Selector: "s1", Signer: priv}); err != nil {
		t.Fatal(err)
	}
	record := "v=DKIM1; k=ed25519; p=" + base64.StdEncoding.EncodeToString(pub)
	return out.Bytes(), func(name string) ([]string, error) {
		if name == "s1._domainkey."+domain {
			return []string{record}, nil
		}
		return nil, errors.New("no such record")
	}
}

var paypalNotice = rawMail([]string{
	"From: PayPal <service@paypal.com>",
	"To: seller@acme-store.example",
	"Subject: You have a new dispute",
	"Date: Thu, 26 Nov 2026 02:11:00 +0000",
	"Message-ID: <real-1@paypal.com>",
}, "A buyer opened a dispute (Case ID: PP-D-12345678) for $20.00 USD.\r\nThe PayPal Team\r\n")

func TestAuthenticityRealPayPalWithDKIMPass(t *testing.T) {
	raw, lookup := signed(t, paypalNotice, "paypal.com")
	m, err := Parse(raw, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := Verifier{LookupTXT: lookup}.Authenticity(raw, m, time.Now())
	if a.DKIM != "pass" || a.AlignedDomain != "paypal.com" || a.Claims != "PayPal" || a.SuspectedPhishing {
		t.Fatalf("%+v", a)
	}
}

func TestAuthenticityTamperedOrUnsignedPayPalIsSuspected(t *testing.T) {
	raw, lookup := signed(t, paypalNotice, "paypal.com")
	tampered := bytes.Replace(raw, []byte("$20.00"), []byte("$2000"), 1)
	m, _ := Parse(tampered, Options{})
	a := Verifier{LookupTXT: lookup}.Authenticity(tampered, m, time.Now())
	if a.DKIM != "fail" || !a.SuspectedPhishing || a.LookAlike {
		t.Fatalf("tampered: %+v", a)
	}
	m, _ = Parse(paypalNotice, Options{})
	a = Verifier{LookupTXT: lookup}.Authenticity(paypalNotice, m, time.Now())
	if a.DKIM != "none" || !a.SuspectedPhishing || !strings.Contains(strings.Join(a.Reasons, " "), "not authenticated") {
		t.Fatalf("unsigned: %+v", a)
	}
}

func TestAuthenticitySignedByAnotherDomainIsNotPayPal(t *testing.T) {
	raw, lookup := signed(t, paypalNotice, "mailer.example")
	m, _ := Parse(raw, Options{})
	a := Verifier{LookupTXT: lookup}.Authenticity(raw, m, time.Now())
	if a.DKIM != "pass" || a.AlignedDomain != "" || !a.SuspectedPhishing {
		t.Fatalf("%+v", a)
	}
}

func TestAuthenticityFakePayPalLookAlike(t *testing.T) {
	m, raw := fixture(t, "phish_paypal.eml")
	a := Verifier{LookupTXT: noTXT}.Authenticity(raw, m, time.Now())
	if !a.SuspectedPhishing || !a.LookAlike || a.Claims != "PayPal" {
		t.Fatalf("%+v", a)
	}
	all := strings.Join(a.Reasons, "\n")
	for _, want := range []string{"paypa1-support.com, which is not a PayPal domain", "paypal.com.account-verify.ru"} {
		if !strings.Contains(all, want) {
			t.Errorf("reasons lack %q:\n%s", want, all)
		}
	}
	// The notice is still classified: phishing is flagged on top of its kind.
	if n := Notice(m); n == nil || n.Kind != "dispute_notice" {
		t.Errorf("notice %+v", n)
	}
}

func TestAuthenticityStripeDisputeFromAuthResults(t *testing.T) {
	m, raw := fixture(t, "stripe_dispute.eml")
	a := Verifier{LookupTXT: noTXT}.Authenticity(raw, m, time.Now())
	if a.DKIM != "pass" || a.DMARC != "pass" || a.SPF != "pass" || a.Claims != "Stripe" || a.SuspectedPhishing {
		t.Fatalf("%+v", a)
	}
	// Only our own server's results count when its id is configured.
	a = Verifier{LookupTXT: noTXT, AuthServID: "mx.other.example"}.Authenticity(raw, m, time.Now())
	if a.DMARC != "none" || !a.SuspectedPhishing {
		t.Fatalf("foreign Authentication-Results trusted: %+v", a)
	}
}

func TestLookAlikeDomains(t *testing.T) {
	for d, want := range map[string]bool{
		"paypa1.com": true, "xn--pypal-4ve.com": true, "paypal.com.secure-login.ru": true, "amazon-refunds.help": true,
		"arnazon.com": true, "ebay-support.net": true, "stripe-payments.io": true,
		"paypal.com": false, "marketplace.amazon.co.uk": false, "members.ebay.de": false, "gmail.com": false,
		"visage-beauty.com": false, "vista.com": false, "amazing.com": false,
	} {
		b, _, weak := lookAlike(d)
		if got := b != nil && !weak; got != want {
			t.Errorf("%s: look-alike %v (weak %v), want %v", d, b != nil, weak, want)
		}
	}
}

func noTXT(string) ([]string, error) { return nil, errors.New("no DNS in tests") }
