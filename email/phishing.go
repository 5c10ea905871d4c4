package email

import (
	"fmt"
	"regexp"
	"strings"
)

// Persona phrases: how a mail signs or presents itself as a brand in its
// body ("The PayPal Team", "Amazon Seller Support", "© 2026 PayPal",
// "PayPal 客服"). A mere mention ("I paid with PayPal", "Visa reason code
// 13.1" in a Stripe mail) is not a claim.
var (
	personaAfter  = regexp.MustCompile(`^\s*(,?\s*inc\.?|team|support|security|customer service|customer support|service|services|seller support|resolution cent(er|re)|notifications?|account (services|team)|billing|compliance|trust (&|and) safety|团队|客服|安全中心|服务中心)\b`)
	personaBefore = regexp.MustCompile(`(©|\(c\)|copyright|sincerely,?|regards,?|thanks,?|from)\s*(\d{4}(-\d{4})?\s*)?$`)
	// Notice-like wording (account alarms, money, verification) makes a
	// brand in the subject a claim.
	noticeWords = regexp.MustCompile(`(?i)(account|verify|verification|suspend|limited|locked|unusual|security|dispute|chargeback|claim|case|payment|invoice|refund|penalty|violation|complaint|notice|action required|confirm|password|账户|账号|验证|冻结|暂停|限制|争议|拒付|投诉|通知|违规|处罚|付款|退款)`)
	linkHost    = regexp.MustCompile(`(?i)https?://([a-z0-9\-._~%\p{L}]{1,253})`)
)

// claim finds the brand m presents itself as (platforms such as Shopify
// relay buyers' words and are not in taxonomy.md's list, so they never
// count): by display name, else by
// subject in a notice-like mail, else by a persona phrase in the body.
// Subject and body claims do not count when the From domain is
// authenticated as another known sender (a Stripe mail may talk about
// Visa without pretending to be Visa).
func claim(m *Message, a *Auth) (*brand, string) {
	name := strings.ToLower(m.From.Name)
	for i := range brands {
		if brands[i].Kind != "platform" && brands[i].mentions(name) >= 0 {
			return &brands[i], fmt.Sprintf("display name %q", m.From.Name)
		}
	}
	if owner := brandOwning(m.From.Domain()); owner != nil && a.AlignedDomain != "" {
		return nil, ""
	}
	subject := strings.ToLower(m.Subject)
	body := strings.ToLower(m.Text + "\n" + m.Quoted)
	if noticeWords.MatchString(subject) || noticeWords.MatchString(body) {
		for i := range brands {
			if brands[i].Kind != "platform" && brands[i].mentions(subject) >= 0 {
				return &brands[i], fmt.Sprintf("subject %q", m.Subject)
			}
		}
		for i := range brands {
			if brands[i].Kind != "platform" && persona(body, &brands[i]) {
				return &brands[i], "signs its text as " + brands[i].Name
			}
		}
	}
	return nil, ""
}

func persona(body string, b *brand) bool {
	for _, n := range b.Names {
		off := 0
		for k := 0; k < 20; k++ {
			i := wordIndex(body[off:], n)
			if i < 0 {
				break
			}
			i += off
			end := i + len(n)
			if personaAfter.MatchString(body[end:min(len(body), end+40)]) || personaBefore.MatchString(body[max(0, i-30):i]) {
				return true
			}
			off = end
		}
	}
	return false
}

// judge sets Claims, LookAlike, SuspectedPhishing and their reasons.
func judge(m *Message, a *Auth) {
	from := m.From.Domain()
	authenticated := a.AlignedDomain != "" || a.DMARC == "pass"
	if b, how := claim(m, a); b != nil {
		a.Claims = b.Name
		switch {
		case !b.owns(from):
			a.SuspectedPhishing = true
			a.Reasons = append(a.Reasons, fmt.Sprintf("claims to be %s (%s) but sends from %s, which is not a %s domain", b.Name, how, orDash(from), b.Name))
		case !authenticated:
			a.SuspectedPhishing = true
			a.Reasons = append(a.Reasons, fmt.Sprintf("claims to be %s from %s but is not authenticated: no aligned DKIM signature and DMARC %s (DKIM %s, SPF %s)", b.Name, from, a.DMARC, a.DKIM, a.SPF))
		}
	}
	text := strings.ToLower(m.From.Name + "\n" + m.Subject + "\n" + m.Text + "\n" + m.Quoted)
	check := func(where, d string) {
		b, why, weak := lookAlike(d)
		if b == nil || weak && b.mentions(text) < 0 && a.Claims != b.Name {
			return
		}
		a.LookAlike, a.SuspectedPhishing = true, true
		a.Reasons = append(a.Reasons, where+" domain "+why)
	}
	check("From", from)
	for _, r := range m.ReplyTo {
		if d := r.Domain(); d != from {
			check("Reply-To", d)
		}
	}
	seen := map[string]bool{}
	for _, sm := range linkHost.FindAllStringSubmatch(m.Text+"\n"+m.Quoted+"\n"+m.HTML, 100) {
		h := strings.ToLower(strings.TrimRight(sm[1], "."))
		if !seen[h] && len(seen) < 50 {
			seen[h] = true
			check("linked", h)
		}
	}
}

func orDash(s string) string {
	if s == "" {
		return "an unknown domain"
	}
	return s
}
