package web

import (
	"net/http"

	"kefu"
)

// handlerFunc is an HTTP handler that reports failure by returning an
// error; the adapter writes it as problem+json.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// route is one entry of the route table. The table is data so that tests
// can walk it: every route is documented in openapi.json, and every
// route that is not public demands authentication and its scope.
type route struct {
	method string
	path   string
	// scope is demanded of the actor before the handler runs; empty means
	// any authenticated caller (tokens: everyone manages their own).
	scope string
	// public routes skip authentication: probes, metrics, the API document.
	public bool
	// maxBody caps the request body; 0 means Options.MaxBodyBytes.
	maxBody int64
	handle  handlerFunc
}

func (rt route) pattern() string { return rt.method + " " + rt.path }

const api = "/api/v1"

// routes is the one route table of the API.
func (s *Server) routes() []route {
	return []route{
		{method: "GET", path: "/healthz", public: true, handle: s.healthz},
		{method: "GET", path: "/readyz", public: true, handle: s.readyz},
		{method: "GET", path: "/metrics", public: true, handle: s.serveMetrics},
		{method: "GET", path: api + "/openapi.json", public: true, handle: s.openAPI},

		{method: "GET", path: api + "/tickets", scope: kefu.ScopeTicketsRead, handle: s.listTickets},
		{method: "POST", path: api + "/tickets", scope: kefu.ScopeTicketsWrite, maxBody: messageMaxBody, handle: s.createTicket},
		{method: "GET", path: api + "/tickets/{id}", scope: kefu.ScopeTicketsRead, handle: s.getTicket},
		{method: "PATCH", path: api + "/tickets/{id}", scope: kefu.ScopeTicketsWrite, handle: s.updateTicket},
		{method: "POST", path: api + "/tickets/{id}/messages", scope: kefu.ScopeTicketsWrite, maxBody: messageMaxBody, handle: s.addMessage},

		{method: "GET", path: api + "/customers", scope: kefu.ScopeTicketsRead, handle: s.findCustomer},
		{method: "GET", path: api + "/customers/{id}", scope: kefu.ScopeTicketsRead, handle: s.getCustomer},

		{method: "GET", path: api + "/orders", scope: kefu.ScopeOrdersRead, handle: s.listOrders},
		{method: "PUT", path: api + "/orders", scope: kefu.ScopeOrdersWrite, handle: s.upsertOrder},
		{method: "POST", path: api + "/orders/import", scope: kefu.ScopeOrdersWrite, maxBody: importMaxBody, handle: s.importOrders},
		{method: "GET", path: api + "/orders/{id}", scope: kefu.ScopeOrdersRead, handle: s.getOrder},

		// Agents need the store list to work tickets; the service limits
		// it to the stores they may see.
		{method: "GET", path: api + "/stores", scope: kefu.ScopeTicketsRead, handle: s.listStores},
		{method: "POST", path: api + "/stores", scope: kefu.ScopeAdmin, handle: s.createStore},
		{method: "GET", path: api + "/stores/{id}", scope: kefu.ScopeTicketsRead, handle: s.getStore},
		{method: "PATCH", path: api + "/stores/{id}", scope: kefu.ScopeAdmin, handle: s.updateStore},

		{method: "GET", path: api + "/users", scope: kefu.ScopeAdmin, handle: s.listUsers},
		{method: "POST", path: api + "/users", scope: kefu.ScopeAdmin, handle: s.createUser},
		{method: "GET", path: api + "/users/{id}", scope: kefu.ScopeAdmin, handle: s.getUser},
		{method: "PATCH", path: api + "/users/{id}", scope: kefu.ScopeAdmin, handle: s.updateUser},

		{method: "GET", path: api + "/tokens", handle: s.listTokens},
		{method: "POST", path: api + "/tokens", handle: s.createToken},
		{method: "DELETE", path: api + "/tokens/{id}", handle: s.revokeToken},

		{method: "GET", path: api + "/audit", scope: kefu.ScopeAdmin, handle: s.listAudit},
		{method: "GET", path: api + "/events", scope: kefu.ScopeAdmin, handle: s.listEvents},

		// Webhooks authenticate by the sender's signature, not a token.
		{method: "POST", path: "/hooks/stripe/{store}", public: true, maxBody: hookMaxBody, handle: s.stripeHook},
		{method: "POST", path: "/hooks/shopee/{store}", public: true, maxBody: hookMaxBody, handle: s.shopeeHook},
		{method: "POST", path: "/hooks/generic/{store}", public: true, maxBody: hookMaxBody, handle: s.genericHook},
	}
}
