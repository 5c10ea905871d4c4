package email

import (
	"regexp"
	"strings"
)

// ThreadKeys are what a ticket is looked up by, strongest first: the
// Message-IDs this mail answers (most recent first; compare with
// strings.EqualFold), then the marketplace relay address together with an
// order number (Amazon and eBay replies often drop In-Reply-To), then the
// subject without reply prefixes as a last resort.
type ThreadKeys struct {
	MessageIDs   []string
	RelayAddress string
	OrderNumbers []string
	Subject      string
}

// Thread returns the lookup keys of m.
func Thread(m *Message) ThreadKeys {
	var k ThreadKeys
	seen := map[string]bool{}
	add := func(id string) {
		if l := strings.ToLower(id); id != "" && !seen[l] && len(k.MessageIDs) < 50 {
			seen[l] = true
			k.MessageIDs = append(k.MessageIDs, id)
		}
	}
	add(m.InReplyTo)
	for i := len(m.References) - 1; i >= 0; i-- {
		add(m.References[i])
	}
	k.RelayAddress = Platform(m).RelayAddress
	for _, o := range OrderNumbers(m.Subject + "\n" + m.Text + "\n" + m.Quoted) {
		k.OrderNumbers = append(k.OrderNumbers, o.Number)
	}
	k.Subject = BaseSubject(m.Subject)
	return k
}

var replyPrefix = regexp.MustCompile(`(?i)^\s*((re|fw|fwd|aw|wg|sv|vs|rv|tr|odp|antw|回复|回覆|答复|转发|轉寄|转寄|Ｒｅ)(\s*\[\d+\]|\s*\(\d+\))?\s*[:：]\s*|\[[^\]]{0,40}\]\s*)`)

// BaseSubject strips reply and forward prefixes in the languages our
// buyers write ("Re:", "AW:", "回复：", "转发:") and list tags, so that
// "RE: 回复: Order 1001" and "Order 1001" compare equal.
func BaseSubject(s string) string {
	for i := 0; i < 20; i++ {
		t := replyPrefix.ReplaceAllString(s, "")
		if t == s {
			break
		}
		s = t
	}
	return strings.TrimSpace(s)
}
