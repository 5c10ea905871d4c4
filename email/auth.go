package email

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/emersion/go-msgauth/authres"
	"github.com/emersion/go-msgauth/dkim"
)

// Auth is how far a mail's sender can be believed. DKIM is this
// package's own verification (falling back to the receiving server's
// Authentication-Results when a key could not be fetched); SPF and DMARC
// come from Authentication-Results, because they need the connecting IP.
// Values are RFC 8601 results: pass, fail, softfail, neutral, none,
// temperror, permerror.
type Auth struct {
	DKIM          string
	SPF           string
	DMARC         string
	DKIMDomains   []string // domains with a valid DKIM signature
	AlignedDomain string   // a passing DKIM or SPF domain in the From domain's organisation; "" when none
	Claims        string   // the brand the mail presents itself as, e.g. "PayPal"; "" when none
	LookAlike     bool     // the From, Reply-To or a linked domain imitates a brand's
	// SuspectedPhishing follows taxonomy.md: a mail claiming a bank, card
	// network, payment provider, marketplace or regulator that is not
	// authenticated as that brand, or that uses a look-alike domain.
	SuspectedPhishing bool
	Reasons           []string
}

// Verifier checks authenticity with injectable DNS.
type Verifier struct {
	// LookupTXT fetches DKIM keys; nil uses the system resolver with a
	// five-second timeout.
	LookupTXT func(domain string) ([]string, error)
	// AuthServID, when set, is the authserv-id of our own receiving
	// server: only its Authentication-Results count, since anyone can
	// write that header into a mail. When empty the topmost one counts
	// (receiving servers prepend theirs).
	AuthServID string
}

func defaultLookupTXT(domain string) ([]string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return net.DefaultResolver.LookupTXT(ctx, domain)
}

// Authenticity verifies DKIM over raw, reads the trusted
// Authentication-Results, works out which brand m claims to be and
// decides whether it is suspected phishing. now decides signature expiry.
func (v Verifier) Authenticity(raw []byte, m *Message, now time.Time) Auth {
	a := Auth{DKIM: "none", SPF: "none", DMARC: "none"}
	v.verifyDKIM(raw, m, now, &a)
	spfDomain := v.readAuthResults(m, &a)
	from := m.From.Domain()
	for _, d := range a.DKIMDomains {
		if from != "" && orgDomain(d) == orgDomain(from) {
			a.AlignedDomain = d
			break
		}
	}
	if a.AlignedDomain == "" && a.SPF == "pass" && spfDomain != "" && from != "" && orgDomain(spfDomain) == orgDomain(from) {
		a.AlignedDomain = spfDomain
	}
	judge(m, &a)
	return a
}

func (v Verifier) verifyDKIM(raw []byte, m *Message, now time.Time, a *Auth) {
	if len(m.Headers["Dkim-Signature"]) == 0 {
		return
	}
	lookup := v.LookupTXT
	if lookup == nil {
		lookup = defaultLookupTXT
	}
	if bytes.HasPrefix(raw, []byte("From ")) { // mbox separator, as in Parse
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			raw = raw[i+1:]
		}
	}
	verifs, err := dkim.VerifyWithOptions(bytes.NewReader(raw), &dkim.VerifyOptions{LookupTXT: lookup, MaxVerifications: 5})
	if err != nil && len(verifs) == 0 {
		a.DKIM = "permerror"
		a.Reasons = append(a.Reasons, "DKIM signature unreadable: "+err.Error())
		return
	}
	temp, failed := false, false
	for _, vf := range verifs {
		switch {
		case vf.Err == nil && !vf.Expiration.IsZero() && vf.Expiration.Before(now):
			failed = true
			a.Reasons = append(a.Reasons, fmt.Sprintf("DKIM signature of %s expired %s", vf.Domain, vf.Expiration.UTC().Format(time.RFC3339)))
		case vf.Err == nil:
			a.DKIMDomains = append(a.DKIMDomains, strings.ToLower(vf.Domain))
		case dkim.IsTempFail(vf.Err):
			temp = true
		default:
			failed = true
			a.Reasons = append(a.Reasons, fmt.Sprintf("DKIM signature of %s does not verify: %v", vf.Domain, vf.Err))
		}
	}
	switch {
	case len(a.DKIMDomains) > 0:
		a.DKIM = "pass"
	case failed:
		a.DKIM = "fail"
	case temp:
		a.DKIM = "temperror"
	}
}

// readAuthResults fills SPF and DMARC (and DKIM when our own check could
// not decide) and returns the SPF mail-from domain.
func (v Verifier) readAuthResults(m *Message, a *Auth) (spfDomain string) {
	for _, h := range m.Headers["Authentication-Results"] {
		id, results, err := authres.Parse(h)
		if err != nil {
			continue
		}
		if v.AuthServID != "" && !strings.EqualFold(id, v.AuthServID) {
			continue
		}
		ownDKIM := a.DKIM == "pass" || a.DKIM == "fail"
		for _, r := range results {
			switch r := r.(type) {
			case *authres.SPFResult:
				a.SPF = string(r.Value)
				spfDomain = r.From
				if i := strings.LastIndexByte(spfDomain, '@'); i >= 0 {
					spfDomain = spfDomain[i+1:]
				}
				spfDomain = strings.ToLower(spfDomain)
			case *authres.DMARCResult:
				a.DMARC = string(r.Value)
			case *authres.DKIMResult:
				if ownDKIM {
					continue
				}
				if r.Value == authres.ResultPass {
					d := strings.ToLower(r.Domain)
					if d == "" {
						if i := strings.LastIndexByte(r.Identifier, '@'); i >= 0 {
							d = strings.ToLower(r.Identifier[i+1:])
						}
					}
					if d != "" {
						a.DKIMDomains = append(a.DKIMDomains, d)
					}
					a.DKIM = "pass"
				} else if a.DKIM != "pass" {
					a.DKIM = string(r.Value)
				}
			}
		}
		return spfDomain // the first trusted header decides
	}
	return ""
}
