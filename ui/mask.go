package ui

import (
	"net/http"

	"kefu"
)

// Buyers' emails, phones and addresses are masked for roles without PII
// access (kefu.SeesPII); unmasking is a deliberate post that is logged.

// buyerLabel names a buyer in a list: their name, else their first
// address or buyer id, masked as the viewer must see it.
func buyerLabel(c *kefu.Customer, pii bool) string {
	if c.Name != "" {
		return c.Name
	}
	for _, id := range c.Identities {
		return maskIdentity(id, pii)
	}
	return ""
}

// maskIdentity shows an identity's value as the viewer may see it.
func maskIdentity(id kefu.Identity, pii bool) string {
	if pii {
		return id.Value
	}
	switch id.Kind {
	case kefu.IdentityEmail, kefu.IdentityRelay:
		return kefu.MaskEmail(id.Value)
	case kefu.IdentityPhone:
		return kefu.MaskPhone(id.Value)
	}
	return id.Value // a platform's buyer id is how agents look a buyer up
}

// maskIP hides the last part of a buyer's IP address.
func maskIP(ip string, pii bool) string {
	if pii || ip == "" {
		return ip
	}
	for i := len(ip) - 1; i >= 0; i-- {
		if ip[i] == '.' || ip[i] == ':' {
			return ip[:i+1] + "***"
		}
	}
	return "***"
}

// identityView is an identity on the ticket page.
type identityView struct {
	Kind     string
	Platform string
	Value    string
	Masked   bool
}

func identityViews(c *kefu.Customer, pii bool) []identityView {
	out := make([]identityView, 0, len(c.Identities))
	for _, id := range c.Identities {
		shown := maskIdentity(id, pii)
		out = append(out, identityView{Kind: id.Kind, Platform: id.Platform, Value: shown, Masked: shown != id.Value})
	}
	return out
}

// unmask reveals a ticket's buyer to a viewer without PII access, and logs
// that they looked. The page's script asks for JSON; without script the
// ticket page is rendered again, unmasked.
func (s *Server) unmask(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	t, err := s.svc.Tickets.FindTicketByID(r.Context(), id)
	if err != nil {
		return err
	}
	if t.CustomerID == 0 {
		return kefu.NotFound("buyer")
	}
	c, err := s.svc.Customers.FindCustomerByID(r.Context(), t.CustomerID)
	if err != nil {
		return err
	}
	fields := []string{"identities"}
	if t.OrderID != 0 {
		fields = append(fields, "order.buyer_ip")
	}
	if err := s.svc.PII.RecordUnmask(r.Context(), "customer", c.ID, fields); err != nil {
		return err
	}
	if wantsJSON(r) {
		return writeJSON(w, http.StatusOK, map[string]any{"identities": identityViews(c, true)})
	}
	unmasked := *v
	unmasked.pii = true
	r = r.WithContext(withViewer(r.Context(), &unmasked))
	return s.showTicket(w, r, t)
}
