package web

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"

	"kefu"
)

// fake is an in-memory stand-in for storage.DB, for web-layer tests only.
// It is small but honest: it demands the same scopes, hides other stores'
// data as "not found" and runs the domain's Validate/Apply, so the web
// layer is tested against the errors the real services return. The real
// storage is tested end to end elsewhere.
type fake struct {
	mu        sync.Mutex
	nextID    int64
	stores    map[int64]*kefu.Store
	customers map[int64]*kefu.Customer
	orders    map[int64]*kefu.Order
	tickets   map[int64]*kefu.Ticket
	users     map[int64]*kefu.User
	tokens    map[int64]*kefu.Token
	secrets   map[string]int64 // token secret → token id
	audit     []*kefu.AuditEntry

	lastFilter kefu.TicketFilter // what ListTickets was asked
	lastImport []*kefu.Order     // what ImportOrders was given
	panicIn    string            // a method name that panics, to test recovery
	failWith   error             // returned by ListStores when set
}

func newFake() *fake {
	return &fake{
		nextID:    100,
		stores:    map[int64]*kefu.Store{},
		customers: map[int64]*kefu.Customer{},
		orders:    map[int64]*kefu.Order{},
		tickets:   map[int64]*kefu.Ticket{},
		users:     map[int64]*kefu.User{},
		tokens:    map[int64]*kefu.Token{},
		secrets:   map[string]int64{},
	}
}

func (f *fake) services() Services {
	return Services{Tickets: f, Orders: f, Customers: f, Stores: f, Users: f, Tokens: f, Audit: f}
}

func (f *fake) id() int64 { f.nextID++; return f.nextID }

func (f *fake) begin(ctx context.Context, scope, method string) (*kefu.Actor, func(), error) {
	if f.panicIn == method {
		panic("fake: " + method)
	}
	a := kefu.ActorFrom(ctx)
	if a == nil {
		return nil, nil, kefu.Errorf(kefu.EUNAUTHORIZED, "authentication required")
	}
	if scope != "" {
		if err := a.Require(scope); err != nil {
			return nil, nil, err
		}
	}
	f.mu.Lock()
	return a, f.mu.Unlock, nil
}

func (f *fake) record(a *kefu.Actor, action, entity string, id int64, after any) {
	b, _ := json.Marshal(after)
	f.audit = append(f.audit, &kefu.AuditEntry{ID: int64(len(f.audit) + 1), At: kefu.Now(), ActorID: a.UserID(),
		Actor: a.Label(), Action: action, EntityType: entity, EntityID: id, After: b})
}

// Stores

func (f *fake) CreateStore(ctx context.Context, s *kefu.Store) error {
	a, unlock, err := f.begin(ctx, kefu.ScopeAdmin, "CreateStore")
	if err != nil {
		return err
	}
	defer unlock()
	if err := s.Validate(); err != nil {
		return err
	}
	for _, o := range f.stores {
		if o.Slug == s.Slug {
			return kefu.Errorf(kefu.ECONFLICT, "store slug %q is taken", s.Slug)
		}
	}
	s.ID, s.CreatedAt, s.UpdatedAt = f.id(), kefu.Now(), kefu.Now()
	c := *s
	f.stores[s.ID] = &c
	f.record(a, "store.create", "store", s.ID, s)
	return nil
}

func (f *fake) FindStoreByID(ctx context.Context, id int64) (*kefu.Store, error) {
	a, unlock, err := f.begin(ctx, kefu.ScopeTicketsRead, "FindStoreByID")
	if err != nil {
		return nil, err
	}
	defer unlock()
	s, ok := f.stores[id]
	if !ok || !a.CanSeeStore(id) {
		return nil, kefu.NotFound("store")
	}
	c := *s
	return &c, nil
}

func (f *fake) FindStoreBySlug(ctx context.Context, slug string) (*kefu.Store, error) {
	a, unlock, err := f.begin(ctx, kefu.ScopeTicketsRead, "FindStoreBySlug")
	if err != nil {
		return nil, err
	}
	defer unlock()
	for _, s := range f.stores {
		if s.Slug == slug && a.CanSeeStore(s.ID) {
			c := *s
			return &c, nil
		}
	}
	return nil, kefu.NotFound("store")
}

func (f *fake) ListStores(ctx context.Context) ([]*kefu.Store, error) {
	a, unlock, err := f.begin(ctx, kefu.ScopeTicketsRead, "ListStores")
	if err != nil {
		return nil, err
	}
	defer unlock()
	if f.failWith != nil {
		return nil, f.failWith
	}
	var out []*kefu.Store
	for _, s := range f.stores {
		if a.CanSeeStore(s.ID) {
			c := *s
			out = append(out, &c)
		}
	}
	slices.SortFunc(out, func(x, y *kefu.Store) int { return strings.Compare(x.Slug, y.Slug) })
	return out, nil
}

func (f *fake) UpdateStore(ctx context.Context, id int64, u kefu.StoreUpdate) (*kefu.Store, error) {
	a, unlock, err := f.begin(ctx, kefu.ScopeAdmin, "UpdateStore")
	if err != nil {
		return nil, err
	}
	defer unlock()
	s, ok := f.stores[id]
	if !ok {
		return nil, kefu.NotFound("store")
	}
	c := *s
	c.Secrets = kefu.Secrets{}
	for k, v := range s.Secrets {
		c.Secrets[k] = v
	}
	if err := u.Apply(&c); err != nil {
		return nil, err
	}
	f.stores[id] = &c
	f.record(a, "store.update", "store", id, &c)
	out := c
	return &out, nil
}

// Customers

func (f *fake) FindCustomerByID(ctx context.Context, id int64) (*kefu.Customer, error) {
	_, unlock, err := f.begin(ctx, kefu.ScopeTicketsRead, "FindCustomerByID")
	if err != nil {
		return nil, err
	}
	defer unlock()
	c, ok := f.customers[id]
	if !ok {
		return nil, kefu.NotFound("customer")
	}
	return c, nil
}

func (f *fake) FindCustomerByIdentity(ctx context.Context, id kefu.Identity) (*kefu.Customer, error) {
	_, unlock, err := f.begin(ctx, kefu.ScopeTicketsRead, "FindCustomerByIdentity")
	if err != nil {
		return nil, err
	}
	defer unlock()
	id = id.Normalize()
	for _, c := range f.customers {
		if slices.Contains(c.Identities, id) {
			return c, nil
		}
	}
	return nil, kefu.NotFound("customer")
}

// matchCustomer finds or creates the customer of c; called locked.
func (f *fake) matchCustomer(c *kefu.Customer) int64 {
	for _, id := range c.Identities {
		for _, have := range f.customers {
			if slices.Contains(have.Identities, id) {
				return have.ID
			}
		}
	}
	n := *c
	n.ID, n.CreatedAt, n.UpdatedAt = f.id(), kefu.Now(), kefu.Now()
	f.customers[n.ID] = &n
	return n.ID
}

// Orders

func (f *fake) FindOrderByID(ctx context.Context, id int64) (*kefu.Order, error) {
	a, unlock, err := f.begin(ctx, kefu.ScopeOrdersRead, "FindOrderByID")
	if err != nil {
		return nil, err
	}
	defer unlock()
	o, ok := f.orders[id]
	if !ok || !a.CanSeeStore(o.StoreID) {
		return nil, kefu.NotFound("order")
	}
	c := *o
	return &c, nil
}

func (f *fake) ListOrders(ctx context.Context, flt kefu.OrderFilter) ([]*kefu.Order, error) {
	a, unlock, err := f.begin(ctx, kefu.ScopeOrdersRead, "ListOrders")
	if err != nil {
		return nil, err
	}
	defer unlock()
	var out []*kefu.Order
	for _, o := range f.orders {
		if !a.CanSeeStore(o.StoreID) || flt.StoreID != 0 && o.StoreID != flt.StoreID ||
			flt.Number != "" && o.Number != flt.Number || flt.ChargeID != "" && o.ChargeID != flt.ChargeID ||
			flt.CustomerID != 0 && o.CustomerID != flt.CustomerID {
			continue
		}
		c := *o
		out = append(out, &c)
	}
	return out, nil
}

func (f *fake) UpsertOrder(ctx context.Context, o *kefu.Order) (bool, error) {
	a, unlock, err := f.begin(ctx, kefu.ScopeOrdersWrite, "UpsertOrder")
	if err != nil {
		return false, err
	}
	defer unlock()
	return f.upsert(a, o)
}

func (f *fake) upsert(a *kefu.Actor, o *kefu.Order) (bool, error) {
	if err := o.Validate(); err != nil {
		return false, err
	}
	if _, ok := f.stores[o.StoreID]; !ok || !a.CanSeeStore(o.StoreID) {
		return false, kefu.Invalid("store_id", "store %d does not exist or is outside your stores", o.StoreID)
	}
	if o.Customer != nil {
		o.CustomerID = f.matchCustomer(o.Customer)
		o.Customer = nil
	}
	o.UpdatedAt = kefu.Now()
	for _, have := range f.orders {
		if have.StoreID == o.StoreID && have.Number == o.Number {
			o.ID, o.CreatedAt = have.ID, have.CreatedAt
			c := *o
			f.orders[o.ID] = &c
			return false, nil
		}
	}
	o.ID, o.CreatedAt = f.id(), o.UpdatedAt
	c := *o
	f.orders[o.ID] = &c
	f.record(a, "order.create", "order", o.ID, o)
	return true, nil
}

func (f *fake) ImportOrders(ctx context.Context, orders []*kefu.Order) (kefu.OrderImportResult, error) {
	a, unlock, err := f.begin(ctx, kefu.ScopeOrdersWrite, "ImportOrders")
	if err != nil {
		return kefu.OrderImportResult{}, err
	}
	defer unlock()
	f.lastImport = orders
	var res kefu.OrderImportResult
	for _, o := range orders {
		created, err := f.upsert(a, o)
		if err != nil {
			return kefu.OrderImportResult{}, err
		}
		if created {
			res.Created++
		} else {
			res.Updated++
		}
	}
	return res, nil
}

// Tickets

func (f *fake) CreateTicket(ctx context.Context, c *kefu.TicketCreate) (*kefu.Ticket, error) {
	a, unlock, err := f.begin(ctx, kefu.ScopeTicketsWrite, "CreateTicket")
	if err != nil {
		return nil, err
	}
	defer unlock()
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if _, ok := f.stores[c.StoreID]; !ok || !a.CanSeeStore(c.StoreID) {
		return nil, kefu.Invalid("store_id", "store %d does not exist or is outside your stores", c.StoreID)
	}
	now := kefu.Now()
	t := &kefu.Ticket{ID: f.id(), StoreID: c.StoreID, Subject: c.Subject, Status: c.Status, Priority: c.Priority,
		Intent: c.Intent, NoticeKind: c.NoticeKind, Language: c.Language, Channel: c.Channel, CaseID: c.CaseID,
		SuspectedPhishing: c.SuspectedPhishing, Tags: c.Tags, AssigneeID: c.AssigneeID, Team: c.Team,
		Currency: c.Currency, AmountMinor: c.AmountMinor, LastMessageAt: now, CreatedAt: now, UpdatedAt: now}
	if c.Customer != nil {
		t.CustomerID = f.matchCustomer(c.Customer)
	}
	if c.Message != nil {
		m := *c.Message
		m.ID, m.TicketID, m.CreatedAt = f.id(), t.ID, now
		t.Messages, t.MessageCount = []*kefu.Message{&m}, 1
	}
	f.tickets[t.ID] = t
	f.record(a, "ticket.create", "ticket", t.ID, t)
	out := *t
	return &out, nil
}

func (f *fake) FindTicketByID(ctx context.Context, id int64) (*kefu.Ticket, error) {
	a, unlock, err := f.begin(ctx, kefu.ScopeTicketsRead, "FindTicketByID")
	if err != nil {
		return nil, err
	}
	defer unlock()
	t, ok := f.tickets[id]
	if !ok || !a.CanSeeStore(t.StoreID) {
		return nil, kefu.NotFound("ticket")
	}
	out := *t
	return &out, nil
}

func (f *fake) ListTickets(ctx context.Context, flt kefu.TicketFilter) (*kefu.TicketPage, error) {
	a, unlock, err := f.begin(ctx, kefu.ScopeTicketsRead, "ListTickets")
	if err != nil {
		return nil, err
	}
	defer unlock()
	if err := flt.Validate(); err != nil {
		return nil, err
	}
	f.lastFilter = flt
	page := &kefu.TicketPage{}
	for _, t := range f.tickets {
		if !a.CanSeeStore(t.StoreID) || len(flt.Status) > 0 && !slices.Contains(flt.Status, t.Status) ||
			len(flt.StoreID) > 0 && !slices.Contains(flt.StoreID, t.StoreID) {
			continue
		}
		c := *t
		c.Messages = nil
		page.Tickets = append(page.Tickets, &c)
	}
	slices.SortFunc(page.Tickets, func(x, y *kefu.Ticket) int { return int(y.ID - x.ID) })
	return page, nil
}

func (f *fake) UpdateTicket(ctx context.Context, id int64, u kefu.TicketUpdate) (*kefu.Ticket, error) {
	a, unlock, err := f.begin(ctx, kefu.ScopeTicketsWrite, "UpdateTicket")
	if err != nil {
		return nil, err
	}
	defer unlock()
	t, ok := f.tickets[id]
	if !ok || !a.CanSeeStore(t.StoreID) {
		return nil, kefu.NotFound("ticket")
	}
	c := *t
	c.Tags = slices.Clone(t.Tags)
	if err := u.Apply(&c, kefu.Now()); err != nil {
		return nil, err
	}
	c.UpdatedAt = kefu.Now()
	f.tickets[id] = &c
	f.record(a, "ticket.update", "ticket", id, &c)
	out := c
	return &out, nil
}

func (f *fake) AddMessage(ctx context.Context, ticketID int64, m *kefu.Message) (*kefu.Message, error) {
	a, unlock, err := f.begin(ctx, kefu.ScopeTicketsWrite, "AddMessage")
	if err != nil {
		return nil, err
	}
	defer unlock()
	t, ok := f.tickets[ticketID]
	if !ok || !a.CanSeeStore(t.StoreID) {
		return nil, kefu.NotFound("ticket")
	}
	if t.Status == kefu.StatusClosed {
		return nil, kefu.Errorf(kefu.ECONFLICT, "ticket %d is closed and read-only", t.ID)
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	c := *m
	c.ID, c.TicketID, c.CreatedAt = f.id(), ticketID, kefu.Now()
	for i := range c.Attachments {
		c.Attachments[i].ID = f.id()
	}
	t.Messages = append(t.Messages, &c)
	t.MessageCount++
	out := c
	return &out, nil
}

// Users

func (f *fake) CreateUser(ctx context.Context, u *kefu.User, password string) error {
	a, unlock, err := f.begin(ctx, kefu.ScopeAdmin, "CreateUser")
	if err != nil {
		return err
	}
	defer unlock()
	if err := u.Validate(); err != nil {
		return err
	}
	if password != "" {
		if err := kefu.CheckPassword(password); err != nil {
			return err
		}
		u.PasswordHash = "hashed:" + password
	}
	for _, have := range f.users {
		if have.Email == u.Email {
			return kefu.Errorf(kefu.ECONFLICT, "a user with e-mail %s exists", u.Email)
		}
	}
	u.ID, u.CreatedAt, u.UpdatedAt = f.id(), kefu.Now(), kefu.Now()
	c := *u
	f.users[u.ID] = &c
	f.record(a, "user.create", "user", u.ID, u)
	return nil
}

func (f *fake) FindUserByID(ctx context.Context, id int64) (*kefu.User, error) {
	_, unlock, err := f.begin(ctx, kefu.ScopeAdmin, "FindUserByID")
	if err != nil {
		return nil, err
	}
	defer unlock()
	u, ok := f.users[id]
	if !ok {
		return nil, kefu.NotFound("user")
	}
	c := *u
	return &c, nil
}

func (f *fake) FindUserByEmail(ctx context.Context, email string) (*kefu.User, error) {
	_, unlock, err := f.begin(ctx, kefu.ScopeAdmin, "FindUserByEmail")
	if err != nil {
		return nil, err
	}
	defer unlock()
	for _, u := range f.users {
		if u.Email == strings.ToLower(email) {
			c := *u
			return &c, nil
		}
	}
	return nil, kefu.NotFound("user")
}

func (f *fake) ListUsers(ctx context.Context) ([]*kefu.User, error) {
	_, unlock, err := f.begin(ctx, kefu.ScopeAdmin, "ListUsers")
	if err != nil {
		return nil, err
	}
	defer unlock()
	var out []*kefu.User
	for _, u := range f.users {
		c := *u
		out = append(out, &c)
	}
	slices.SortFunc(out, func(x, y *kefu.User) int { return int(x.ID - y.ID) })
	return out, nil
}

func (f *fake) UpdateUser(ctx context.Context, id int64, u kefu.UserUpdate) (*kefu.User, error) {
	a, unlock, err := f.begin(ctx, kefu.ScopeAdmin, "UpdateUser")
	if err != nil {
		return nil, err
	}
	defer unlock()
	have, ok := f.users[id]
	if !ok {
		return nil, kefu.NotFound("user")
	}
	c := *have
	if u.Name != nil {
		c.Name = *u.Name
	}
	if u.Role != nil {
		c.Role = *u.Role
	}
	if u.StoreIDs != nil {
		c.StoreIDs = *u.StoreIDs
	}
	if u.Locale != nil {
		c.Locale = *u.Locale
	}
	if u.Timezone != nil {
		c.Timezone = *u.Timezone
	}
	if u.Disabled != nil {
		c.DisabledAt = nil
		if *u.Disabled {
			now := kefu.Now()
			c.DisabledAt = &now
		}
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if u.Password != nil {
		if err := kefu.CheckPassword(*u.Password); err != nil {
			return nil, err
		}
		c.PasswordHash = "hashed:" + *u.Password
	}
	f.users[id] = &c
	f.record(a, "user.update", "user", id, &c)
	out := c
	return &out, nil
}

func (f *fake) Authenticate(ctx context.Context, email, password string) (*kefu.User, error) {
	return nil, kefu.Errorf(kefu.EUNAUTHORIZED, "not in the fake")
}

// Tokens

func (f *fake) CreateToken(ctx context.Context, t *kefu.Token) (string, error) {
	a, unlock, err := f.begin(ctx, "", "CreateToken")
	if err != nil {
		return "", err
	}
	defer unlock()
	if a.UserID() != t.UserID && a.Require(kefu.ScopeAdmin) != nil {
		return "", kefu.Errorf(kefu.EFORBIDDEN, "tokens of other users need admin")
	}
	if _, ok := f.users[t.UserID]; !ok {
		return "", kefu.NotFound("user")
	}
	t.ID, t.CreatedAt = f.id(), kefu.Now()
	secret := fmt.Sprintf("kefu_test_%06d", t.ID)
	t.Prefix = secret[:12]
	c := *t
	f.tokens[t.ID] = &c
	f.secrets[secret] = t.ID
	f.record(a, "token.create", "token", t.ID, t)
	return secret, nil
}

func (f *fake) ListTokens(ctx context.Context, userID int64) ([]*kefu.Token, error) {
	a, unlock, err := f.begin(ctx, "", "ListTokens")
	if err != nil {
		return nil, err
	}
	defer unlock()
	if a.UserID() != userID && a.Require(kefu.ScopeAdmin) != nil {
		return nil, kefu.Errorf(kefu.EFORBIDDEN, "tokens of other users need admin")
	}
	var out []*kefu.Token
	for _, t := range f.tokens {
		if t.UserID == userID {
			c := *t
			out = append(out, &c)
		}
	}
	slices.SortFunc(out, func(x, y *kefu.Token) int { return int(x.ID - y.ID) })
	return out, nil
}

func (f *fake) RevokeToken(ctx context.Context, id int64) error {
	a, unlock, err := f.begin(ctx, "", "RevokeToken")
	if err != nil {
		return err
	}
	defer unlock()
	t, ok := f.tokens[id]
	if !ok || t.UserID != a.UserID() && a.Require(kefu.ScopeAdmin) != nil {
		return kefu.NotFound("token")
	}
	now := kefu.Now()
	t.RevokedAt = &now
	return nil
}

func (f *fake) AuthenticateToken(ctx context.Context, secret string) (*kefu.Token, *kefu.User, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	id, ok := f.secrets[secret]
	if !ok {
		return nil, nil, kefu.Errorf(kefu.EUNAUTHORIZED, "unknown token")
	}
	t := f.tokens[id]
	if t.RevokedAt != nil || t.ExpiresAt != nil && !t.ExpiresAt.After(kefu.Now()) {
		return nil, nil, kefu.Errorf(kefu.EUNAUTHORIZED, "token revoked or expired")
	}
	tc, uc := *t, *f.users[t.UserID]
	return &tc, &uc, nil
}

// Audit

func (f *fake) ListAudit(ctx context.Context, flt kefu.AuditFilter) ([]*kefu.AuditEntry, error) {
	_, unlock, err := f.begin(ctx, kefu.ScopeAdmin, "ListAudit")
	if err != nil {
		return nil, err
	}
	defer unlock()
	var out []*kefu.AuditEntry
	for i := len(f.audit) - 1; i >= 0 && len(out) < flt.Limit; i-- {
		e := f.audit[i]
		if flt.EntityType != "" && e.EntityType != flt.EntityType || flt.EntityID != 0 && e.EntityID != flt.EntityID ||
			flt.BeforeID != 0 && e.ID >= flt.BeforeID {
			continue
		}
		out = append(out, e)
	}
	return out, nil
}
