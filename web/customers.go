package web

import (
	"net/http"
	"strings"

	"kefu"
)

func (s *Server) getCustomer(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	c, err := s.svc.Customers.FindCustomerByID(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, c)
}

// findCustomer looks a customer up by one identity:
// ?identity=lin@example.com (kind email is assumed for an address),
// ?identity=+6612345678&kind=phone, ?identity=buyer42&kind=buyer_id&platform=shopee.
// Customers are not listed wholesale.
func (s *Server) findCustomer(w http.ResponseWriter, r *http.Request) error {
	q, err := parseQuery(r, "identity", "kind", "platform")
	if err != nil {
		return err
	}
	id := kefu.Identity{Value: q.str("identity"), Kind: q.str("kind"), Platform: q.str("platform")}
	if q.err != nil {
		return q.err
	}
	if id.Value == "" {
		return badRequest("identity", "identity is required, e.g. ?identity=lin@example.com")
	}
	if id.Kind == "" {
		if !strings.Contains(id.Value, "@") {
			return badRequest("kind", "kind is required unless identity is an e-mail address: email, relay, buyer_id or phone")
		}
		id.Kind = kefu.IdentityEmail
	}
	id = id.Normalize()
	if err := id.Validate(); err != nil {
		if id.Kind != kefu.IdentityEmail && id.Kind != kefu.IdentityRelay && id.Kind != kefu.IdentityBuyerID && id.Kind != kefu.IdentityPhone {
			return badRequest("kind", "kind must be one of email, relay, buyer_id, phone")
		}
		return badRequest("identity", "%s", kefu.ErrorMessage(err))
	}
	c, err := s.svc.Customers.FindCustomerByIdentity(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, c)
}
