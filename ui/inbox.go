package ui

import (
	"context"
	"html"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"kefu"
)

// inboxParams are the query parameters of the inbox: the view, every
// filter of the API, the search, the sort and the page.
var inboxParams = []string{"view", "store", "platform", "intent", "notice_kind", "language", "status", "tag", "assignee",
	"currency", "priority", "team", "order_number", "customer", "card_last4", "case_id", "q", "sort", "cursor"}

// inboxQuery is a parsed inbox URL.
type inboxQuery struct {
	View   view
	User   kefu.TicketFilter // what the viewer filtered by, beside the view
	Values url.Values        // the recognised parameters, for links
	Errors []string          // parameters that could not be read
}

// list reads a parameter given repeatedly or comma-separated.
func list(q url.Values, name string) []string {
	var out []string
	for _, v := range q[name] {
		for _, part := range strings.Split(v, ",") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

func parseInbox(r *http.Request, me int64) inboxQuery {
	raw := r.URL.Query()
	q := inboxQuery{Values: url.Values{}}
	for _, name := range inboxParams {
		if vs := raw[name]; len(vs) > 0 && strings.Join(vs, "") != "" {
			q.Values[name] = vs
		}
	}
	f := &q.User
	for _, s := range list(raw, "store") {
		id, err := strconv.ParseInt(s, 10, 64)
		if err != nil || id <= 0 {
			q.Errors = append(q.Errors, "store")
			continue
		}
		f.StoreID = append(f.StoreID, id)
	}
	f.Platform, f.Intent, f.NoticeKind = list(raw, "platform"), list(raw, "intent"), list(raw, "notice_kind")
	f.Language, f.Status, f.Tags, f.Priority = list(raw, "language"), list(raw, "status"), list(raw, "tag"), list(raw, "priority")
	for _, c := range list(raw, "currency") {
		f.Currency = append(f.Currency, strings.ToUpper(c))
	}
	switch a := strings.TrimSpace(raw.Get("assignee")); a {
	case "":
	case "me":
		f.AssigneeID = &me
	case "none":
		var none int64
		f.AssigneeID = &none
	default:
		if id, err := strconv.ParseInt(a, 10, 64); err == nil && id > 0 {
			f.AssigneeID = &id
		} else {
			q.Errors = append(q.Errors, "assignee")
		}
	}
	f.Team = strings.TrimSpace(raw.Get("team"))
	f.OrderNumber = strings.TrimSpace(raw.Get("order_number"))
	f.Customer = strings.TrimSpace(raw.Get("customer"))
	f.CardLast4 = strings.TrimSpace(raw.Get("card_last4"))
	f.PaymentID = strings.TrimSpace(raw.Get("case_id"))
	f.Query = strings.TrimSpace(raw.Get("q"))
	f.Sort = raw.Get("sort")
	f.Cursor = raw.Get("cursor")
	viewID := raw.Get("view")
	if viewID == "" && f.Query != "" {
		viewID = "all" // a search looks everywhere unless told otherwise
	}
	if viewID == "" {
		viewID = "open"
	}
	q.View = findView(viewID)
	return q
}

// filter is the view's filter narrowed by the viewer's own: a field the
// viewer set replaces the view's.
func (q inboxQuery) filter(now time.Time, me int64) kefu.TicketFilter {
	f := q.View.make(now, me)
	u := q.User
	if len(u.Status) > 0 {
		f.Status = u.Status
	}
	if len(u.NoticeKind) > 0 {
		f.NoticeKind = u.NoticeKind
	}
	if u.AssigneeID != nil {
		f.AssigneeID = u.AssigneeID
	}
	f.StoreID, f.Platform, f.Intent, f.Language, f.Currency = u.StoreID, u.Platform, u.Intent, u.Language, u.Currency
	f.Tags, f.Priority, f.Team = u.Tags, u.Priority, u.Team
	f.OrderNumber, f.Customer, f.CardLast4, f.PaymentID, f.Query = u.OrderNumber, u.Customer, u.CardLast4, u.PaymentID, u.Query
	f.Sort, f.Cursor = q.View.sort, u.Cursor
	if u.Sort != "" {
		f.Sort = u.Sort
	}
	return f
}

// viewURL is the inbox URL for another view, keeping the filters.
func (q inboxQuery) viewURL(id string) string {
	v := url.Values{}
	for k, vs := range q.Values {
		if k != "view" && k != "cursor" {
			v[k] = vs
		}
	}
	v.Set("view", id)
	return "/?" + v.Encode()
}

// inboxRow is one line of the inbox.
// Has reports whether the URL filters name by value, for selected options.
func (q inboxQuery) Has(name, value string) bool { return slices.Contains(list(q.Values, name), value) }

// HasID is Has for numeric values.
func (q inboxQuery) HasID(name string, id int64) bool { return q.Has(name, strconv.FormatInt(id, 10)) }

// HasStore reports whether the store filter names the store.
func (q inboxQuery) HasStore(id int64) bool { return q.HasID("store", id) }

// Get is a parameter's text, for text inputs.
func (q inboxQuery) Get(name string) string { return strings.Join(list(q.Values, name), ", ") }

// ViewURL is the link to another view, keeping the filters.
func (q inboxQuery) ViewURL(id string) string { return q.viewURL(id) }

// inboxRow is one line of the inbox. Its markup is written by HTML below
// rather than by the template: a page has fifty rows of some twenty-five
// values each, and html/template spends a reflective call per value on
// escaping, which made up two thirds of an inbox request. Every value is
// text content or a quoted attribute, escaped with html.EscapeString, and
// the browser XSS test feeds hostile subjects, names and stores through it.
type inboxRow struct {
	ID            int64
	Subject       string
	Snippet       template.HTML
	Platform      string // for the badge's colour class
	PlatformLabel string
	Store         string
	Kind          string // the intent's or notice kind's name
	KindClass     string // intent or kind-notice
	Phishing      string
	Language      string
	Buyer         string
	Tags          string
	Status        string
	StatusLabel   string
	Assignee      string
	Age           string
	Created       string // the creation time, in the viewer's zone
	CreatedISO    string
	Clock         *clock
}

type inboxPage struct {
	*base
	Query     inboxQuery
	Counts    []viewCount
	Rows      []inboxRow
	Stores    []*kefu.Store
	Assignees []*kefu.User
	NextURL   string
	Languages []string
	Filtered  bool
	// The filter and bulk forms' option lists, written in Go like the rows.
	Options map[string]template.HTML
}

// option is one <option> of a select box.
type option struct {
	value, label string
	selected     bool
}

// optionsHTML writes option elements, escaped.
func optionsHTML(opts []option) template.HTML {
	var b strings.Builder
	for _, o := range opts {
		b.WriteString(`<option value="` + html.EscapeString(o.value) + `"`)
		if o.selected {
			b.WriteString(` selected`)
		}
		b.WriteString(`>` + html.EscapeString(o.label) + `</option>`)
	}
	return template.HTML(b.String())
}

// formOptions prepares every select box of the inbox's forms.
func (p *inboxPage) formOptions() {
	q, lang := p.Query, p.v.lang
	labels := func(name string, ls []kefu.Label) template.HTML {
		opts := make([]option, len(ls))
		for i, l := range ls {
			opts[i] = option{l.ID, lang.label(ls, l.ID), q.Has(name, l.ID)}
		}
		return optionsHTML(opts)
	}
	var stores, people, bulkPeople, langs, bulkStatus []option
	for _, st := range p.Stores {
		stores = append(stores, option{strconv.FormatInt(st.ID, 10), st.Name, q.HasStore(st.ID)})
	}
	for _, u := range p.Assignees {
		id := strconv.FormatInt(u.ID, 10)
		people = append(people, option{id, displayName(u), q.Has("assignee", id)})
		bulkPeople = append(bulkPeople, option{id, displayName(u), false})
	}
	for _, l := range p.Languages {
		langs = append(langs, option{l, lang.T("lang." + l), q.Has("language", l)})
	}
	for _, l := range kefu.Statuses {
		bulkStatus = append(bulkStatus, option{l.ID, lang.label(kefu.Statuses, l.ID), false})
	}
	p.Options = map[string]template.HTML{
		"store": optionsHTML(stores), "platform": labels("platform", kefu.Platforms), "intent": labels("intent", kefu.Intents),
		"notice_kind": labels("notice_kind", kefu.NoticeKinds), "status": labels("status", kefu.Statuses),
		"priority": labels("priority", kefu.Priorities), "language": optionsHTML(langs), "assignee": optionsHTML(people),
		"bulk_assignee": optionsHTML(bulkPeople), "bulk_status": optionsHTML(bulkStatus),
	}
}

// Languages offered in the filter: the buyers' languages kefu sees most.
var buyerLanguages = []string{"en", "zh", "zh-Hant", "es", "de", "fr", "ja", "th", "vi", "ms", "pt", "it", "ko", "id"}

func (s *Server) inbox(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	ctx := r.Context()
	q := parseInbox(r, v.user.ID)
	f := q.filter(s.now(), v.user.ID)
	b := s.base(r, "", "inbox")
	b.Title = b.T("view." + q.View.ID)
	b.Q = q.User.Query
	page := &inboxPage{base: b, Query: q, Languages: buyerLanguages}
	ticketPage, err := s.svc.Tickets.ListTickets(ctx, f)
	if err != nil {
		if kefu.ErrorCode(err) != kefu.EINVALID {
			return err
		}
		b.Error = b.T("inbox.bad_filter", kefu.ErrorField(err), kefu.ErrorMessage(err))
		ticketPage = &kefu.TicketPage{}
	}
	if len(q.Errors) > 0 && b.Error == "" {
		b.Error = b.T("inbox.bad_filter", strings.Join(q.Errors, ", "), "")
	}
	if page.Counts, err = s.viewCounts(ctx, v.user, q.View.ID, b.Now); err != nil {
		return err
	}
	if page.Stores, err = s.svc.Stores.ListStores(ctx); err != nil {
		return err
	}
	if page.Assignees, err = s.svc.Inbox.Assignees(ctx); err != nil {
		return err
	}
	if page.Rows, err = s.rows(ctx, v, ticketPage.Tickets, page.Stores, page.Assignees, b); err != nil {
		return err
	}
	if ticketPage.NextCursor != "" {
		next := url.Values{}
		for k, vs := range q.Values {
			next[k] = vs
		}
		next.Set("view", q.View.ID)
		next.Set("cursor", ticketPage.NextCursor)
		page.NextURL = "/?" + next.Encode()
	}
	for k := range q.Values {
		if k != "view" && k != "q" && k != "cursor" && k != "sort" {
			page.Filtered = true
		}
	}
	page.formOptions()
	return s.render(w, r, http.StatusOK, "inbox", page)
}

// rows turns tickets into inbox lines: store badges, buyers (masked for
// roles without PII access), assignee names and clocks.
func (s *Server) rows(ctx context.Context, v *viewer, tickets []*kefu.Ticket, stores []*kefu.Store, people []*kefu.User, b *base) ([]inboxRow, error) {
	storeByID := map[int64]*kefu.Store{}
	for _, st := range stores {
		storeByID[st.ID] = st
	}
	names := map[int64]string{}
	for _, u := range people {
		names[u.ID] = displayName(u)
	}
	var customerIDs []int64
	for _, t := range tickets {
		if t.CustomerID != 0 && !slices.Contains(customerIDs, t.CustomerID) {
			customerIDs = append(customerIDs, t.CustomerID)
		}
	}
	buyers, err := s.svc.Inbox.FindCustomers(ctx, customerIDs)
	if err != nil {
		return nil, err
	}
	lang := v.lang
	rows := make([]inboxRow, 0, len(tickets))
	for _, t := range tickets {
		row := inboxRow{ID: t.ID, Subject: t.Subject, Language: t.Language, Status: t.Status,
			StatusLabel: lang.label(kefu.Statuses, t.Status), Assignee: names[t.AssigneeID],
			Age: b.Age(t.CreatedAt), Created: b.Time(t.CreatedAt), CreatedISO: b.ISO(t.CreatedAt)}
		if t.AssigneeID != 0 && row.Assignee == "" {
			row.Assignee = "#" + strconv.FormatInt(t.AssigneeID, 10)
		}
		if t.Hit != nil {
			row.Snippet = snippet(t.Hit.Snippet)
		}
		switch {
		case t.Intent != "":
			row.Kind, row.KindClass = lang.label(kefu.Intents, t.Intent), "intent"
		case t.NoticeKind != "":
			row.Kind, row.KindClass = lang.label(kefu.NoticeKinds, t.NoticeKind), "kind-notice"
		}
		if t.SuspectedPhishing {
			row.Phishing = lang.T("ticket.phishing")
		}
		if len(t.Tags) > 0 {
			row.Tags = "#" + strings.Join(t.Tags, " #")
		}
		if c := buyers[t.CustomerID]; c != nil {
			row.Buyer = buyerLabel(c, v.pii)
		}
		tz := ""
		if st := storeByID[t.StoreID]; st != nil {
			row.Platform, row.PlatformLabel, row.Store, tz = st.Platform, lang.label(kefu.Platforms, st.Platform), st.Name, st.Timezone
		}
		if t.Status != kefu.StatusSolved && t.Status != kefu.StatusClosed {
			row.Clock = b.Clock(t.SLADue(), tz)
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// HTML is the row's markup: <tr> … </tr>.
func (r inboxRow) HTML() template.HTML {
	var b strings.Builder
	b.Grow(1200)
	esc := html.EscapeString
	id := strconv.FormatInt(r.ID, 10)
	b.WriteString(`<tr class="row" data-id="` + id + `">`)
	b.WriteString(`<td class="sel"><input type="checkbox" name="id" value="` + id + `" form="bulk"></td>`)
	b.WriteString(`<td class="main"><a class="subject" href="/tickets/` + id + `">` + esc(r.Subject) + `</a>`)
	if r.Snippet != "" {
		b.WriteString(`<div class="snippet">` + string(r.Snippet) + `</div>`)
	}
	b.WriteString(`<div class="meta">`)
	if r.Platform != "" {
		b.WriteString(`<span class="badge platform p-` + esc(r.Platform) + `">` + esc(r.PlatformLabel) + `</span><span class="badge store">` + esc(r.Store) + `</span>`)
	}
	tag := func(class, text string) {
		if text != "" {
			b.WriteString(`<span class="` + class + `">` + esc(text) + `</span>`)
		}
	}
	tag("tag "+r.KindClass, r.Kind)
	tag("tag phishing", r.Phishing)
	tag("lang", r.Language)
	tag("buyer", r.Buyer)
	tag("tag", r.Tags)
	b.WriteString(`</div></td><td class="status"><span class="st st-` + esc(r.Status) + `">` + esc(r.StatusLabel) + `</span>`)
	tag("assignee", r.Assignee)
	b.WriteString(`</td><td class="age"><time datetime="` + esc(r.CreatedISO) + `" title="` + esc(r.Created) + `">` + esc(r.Age) + `</time></td><td class="clock-cell">`)
	if c := r.Clock; c != nil {
		title := c.At
		if c.Local != "" {
			title += " · " + c.Local
		}
		b.WriteString(`<span class="clock ` + esc(c.Class) + `" data-due="` + esc(c.ISO) + `" title="` + esc(title) + `">` + esc(c.Text) + `</span>`)
	}
	b.WriteString(`</td></tr>`)
	return template.HTML(b.String())
}

func displayName(u *kefu.User) string {
	if u.Name != "" {
		return u.Name
	}
	return u.Email
}

// inboxRow answers the live script: the current markup of one ticket's
// row, or 204 when the ticket does not belong in the viewer's list (it
// left the view, or the viewer may not see it).
func (s *Server) inboxRow(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	t, err := s.svc.Tickets.FindTicketByID(r.Context(), id)
	if kefu.ErrorCode(err) == kefu.ENOTFOUND {
		w.WriteHeader(http.StatusNoContent)
		return nil
	} else if err != nil {
		return err
	}
	t.Messages = nil
	q := parseInbox(r, v.user.ID)
	f := q.filter(s.now(), v.user.ID)
	stores, err := s.svc.Stores.ListStores(r.Context())
	if err != nil {
		return err
	}
	switch matches(t, f, stores) {
	case matchNo:
		w.WriteHeader(http.StatusNoContent)
		return nil
	case matchUnknown:
		w.Header().Set("X-Kefu-Match", "unknown")
		w.WriteHeader(http.StatusNoContent)
		return nil
	}
	people, err := s.svc.Inbox.Assignees(r.Context())
	if err != nil {
		return err
	}
	b := s.base(r, "", "inbox")
	rows, err := s.rows(r.Context(), v, []*kefu.Ticket{t}, stores, people, b)
	if err != nil {
		return err
	}
	return s.fragment(w, "inbox", "row", rows[0])
}

type match int

const (
	matchNo match = iota
	matchYes
	matchUnknown // the filter needs the database (search, order, buyer)
)

// matches decides in Go whether a ticket belongs to a filtered list, for
// the fields a ticket carries; the rest makes the answer unknown.
func matches(t *kefu.Ticket, f kefu.TicketFilter, stores []*kefu.Store) match {
	in := func(list []string, v string) bool { return len(list) == 0 || slices.Contains(list, v) }
	if !in(f.Status, t.Status) || !in(f.Intent, t.Intent) || !in(f.NoticeKind, t.NoticeKind) || !in(f.Language, t.Language) ||
		!in(f.Currency, t.Currency) || !in(f.Priority, t.Priority) {
		return matchNo
	}
	if len(f.StoreID) > 0 && !slices.Contains(f.StoreID, t.StoreID) {
		return matchNo
	}
	if len(f.Platform) > 0 {
		ok := false
		for _, st := range stores {
			ok = ok || st.ID == t.StoreID && slices.Contains(f.Platform, st.Platform)
		}
		if !ok {
			return matchNo
		}
	}
	for _, tag := range f.Tags {
		if !slices.Contains(t.Tags, strings.ToLower(tag)) {
			return matchNo
		}
	}
	if f.AssigneeID != nil && *f.AssigneeID != t.AssigneeID || f.Team != "" && f.Team != t.Team ||
		f.Phishing != nil && *f.Phishing != t.SuspectedPhishing {
		return matchNo
	}
	if f.SLADueBefore != nil {
		if due := t.SLADue(); due == nil || !due.Before(*f.SLADueBefore) {
			return matchNo
		}
	}
	if f.Query != "" || f.OrderNumber != "" || f.Customer != "" || f.CardLast4 != "" || f.PaymentID != "" {
		return matchUnknown
	}
	return matchYes
}

func pathID(r *http.Request, name string) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, errNotFound
	}
	return id, nil
}

// bulk applies one action to the selected tickets: assign, tag, status.
func (s *Server) bulk(w http.ResponseWriter, r *http.Request) error {
	v := viewerFrom(r)
	if err := r.ParseForm(); err != nil {
		return err
	}
	back := localPath(r.PostFormValue("return"), "/")
	var ids []int64
	for _, raw := range r.PostForm["id"] {
		if id, err := strconv.ParseInt(raw, 10, 64); err == nil && id > 0 && len(ids) < kefu.MaxPageSize {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return s.redirect(w, r, back, v.lang.T("bulk.none"))
	}
	var up kefu.TicketUpdate
	switch action := r.PostFormValue("action"); action {
	case "assign":
		who := r.PostFormValue("assignee")
		var id int64
		switch who {
		case "me":
			id = v.user.ID
		case "none", "":
		default:
			n, err := strconv.ParseInt(who, 10, 64)
			if err != nil {
				return kefu.Invalid("assignee", "assignee must be a user")
			}
			id = n
		}
		up.AssigneeID = &id
	case "status":
		st := r.PostFormValue("status")
		if !kefu.IsStatus(st) {
			return kefu.Invalid("status", "choose a status")
		}
		up.Status = &st
	case "tag":
		tag := strings.TrimSpace(r.PostFormValue("tag"))
		if tag == "" {
			return kefu.Invalid("tag", "type a tag")
		}
		if r.PostFormValue("untag") != "" {
			up.RemoveTags = []string{tag}
		} else {
			up.AddTags = []string{tag}
		}
	default:
		return kefu.Invalid("action", "choose an action")
	}
	done := 0
	var firstErr error
	for _, id := range ids {
		if _, err := s.svc.Tickets.UpdateTicket(r.Context(), id, up); err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		done++
	}
	if done == 0 && firstErr != nil {
		return firstErr
	}
	s.counts.drop()
	return s.redirect(w, r, back, v.lang.T("bulk.done", done))
}
