package hookspec

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"kefu"
)

// DecodeEnvelope decodes and validates one generic webhook body. Every
// error is a *kefu.Error with code EINVALID whose Field is the JSON path
// at fault, e.g. "dispute.amount_minor" or "order.items.2.quantity".
func DecodeEnvelope(body []byte) (*Envelope, error) {
	var e Envelope
	if err := decodeStrict(body, &e); err != nil {
		return nil, err
	}
	if err := e.Validate(); err != nil {
		return nil, err
	}
	return &e, nil
}

// Validate checks that the envelope carries exactly the object its type
// names, and that object's fields.
func (e *Envelope) Validate() error {
	if e.Type == "" {
		return kefu.Invalid("type", "type is required: one of %s", strings.Join(Types, ", "))
	}
	if !slices.Contains(Types, e.Type) {
		return kefu.Invalid("type", "type must be one of %s, not %q", strings.Join(Types, ", "), kefu.Shorten(e.Type, 40))
	}
	present := map[string]bool{
		TypeMessage: e.Message != nil, TypeOrder: e.Order != nil,
		TypeDispute: e.Dispute != nil, TypeNotice: e.Notice != nil,
	}
	if !present[e.Type] {
		return kefu.Invalid(e.Type, "%s is required when type is %s", e.Type, e.Type)
	}
	for _, t := range Types {
		if present[t] && t != e.Type {
			return kefu.Invalid(t, "%s is not allowed when type is %s; send one object per webhook", t, e.Type)
		}
	}
	switch e.Type {
	case TypeMessage:
		return e.Message.validate("message.")
	case TypeOrder:
		return e.Order.validate("order.")
	case TypeDispute:
		return e.Dispute.validate("dispute.")
	}
	return e.Notice.validate("notice.")
}

func (m *Message) validate(p string) error {
	if err := firstErr(
		checkText(p+"external_id", m.ExternalID, 500, true),
		checkText(p+"conversation_id", m.ConversationID, 200, false),
		checkText(p+"order_number", m.OrderNumber, 100, false),
		checkText(p+"subject", m.Subject, kefu.MaxSubjectLen, false),
		checkLanguage(p+"language", m.Language),
	); err != nil {
		return err
	}
	if strings.TrimSpace(m.Text) == "" && strings.TrimSpace(m.HTML) == "" {
		return kefu.Invalid(p+"text", "%stext or %shtml is required", p, p)
	}
	// kefu.Message owns the body rules (size, UTF-8, NUL); a copy is
	// validated because Validate sanitises HTML in place, and the handler
	// must store what was received, sanitised once, on its own path.
	km := kefu.Message{Text: m.Text, HTML: m.HTML, ExternalID: m.ExternalID}
	if err := km.Validate(); err != nil {
		return within(p, err)
	}
	if m.SentAt != nil && m.SentAt.IsZero() {
		return kefu.Invalid(p+"sent_at", "%ssent_at cannot be the zero time", p)
	}
	if m.Customer != nil {
		return m.Customer.validate(p + "customer.")
	}
	return nil
}

func (c *Customer) validate(p string) error {
	if err := firstErr(
		checkText(p+"name", c.Name, kefu.MaxNameLen, false),
		checkText(p+"email", c.Email, kefu.MaxEmailLen, false),
		checkText(p+"phone", c.Phone, 50, false),
		checkText(p+"buyer_id", c.BuyerID, kefu.MaxNameLen, false),
	); err != nil {
		return err
	}
	if c.Email == "" && c.Phone == "" && c.BuyerID == "" {
		return kefu.Invalid(strings.TrimSuffix(p, "."), "%s needs an email, phone or buyer_id to recognise the buyer", strings.TrimSuffix(p, "."))
	}
	if c.Platform != "" && !kefu.IsPlatform(c.Platform) {
		return kefu.Invalid(p+"platform", "%splatform must be a kefu platform such as shopee, lazada or shopify", p)
	}
	// kefu.Identity owns what a valid email or phone is; its errors are
	// re-pointed at the field the sender wrote.
	for _, id := range []struct{ field, kind, value string }{
		{"email", kefu.IdentityEmail, c.Email},
		{"phone", kefu.IdentityPhone, c.Phone},
	} {
		if id.value == "" {
			continue
		}
		if err := (kefu.Identity{Kind: id.kind, Value: id.value}).Normalize().Validate(); err != nil {
			return kefu.Invalid(p+id.field, "%s", kefu.ErrorMessage(err))
		}
	}
	return nil
}

func (o *Order) validate(p string) error {
	if o.Customer != nil {
		if err := o.Customer.validate(p + "customer."); err != nil {
			return err
		}
	}
	// kefu.Order owns the order rules. The store comes from the URL, not
	// the body, so a placeholder store id stands in for it here.
	ko := o.KefuOrder(1, "")
	ko.Items, ko.Shipments, ko.Customer = nil, nil, nil
	if err := ko.Validate(); err != nil {
		return within(p, err)
	}
	if len(o.Items) > 500 {
		return kefu.Invalid(p+"items", "%sitems has at most 500 entries", p)
	}
	if len(o.Shipments) > 50 {
		return kefu.Invalid(p+"shipments", "%sshipments has at most 50 entries", p)
	}
	// One item or shipment at a time, so the error names its index.
	for i, it := range o.Items {
		one := kefu.Order{StoreID: 1, Number: ko.Number, Currency: ko.Currency, Items: []kefu.OrderItem{it}}
		if err := one.Validate(); err != nil {
			return kefu.Invalid(fmt.Sprintf("%sitems.%d", p, i), "%s", kefu.ErrorMessage(err))
		}
	}
	for i, s := range o.Shipments {
		// kefu names only "shipments"; the one required field is named here.
		if strings.TrimSpace(s.TrackingNumber) == "" {
			f := fmt.Sprintf("%sshipments.%d.tracking_number", p, i)
			return kefu.Invalid(f, "%s is required", f)
		}
		one := kefu.Order{StoreID: 1, Number: ko.Number, Currency: ko.Currency, Shipments: []kefu.Shipment{s}}
		if err := one.Validate(); err != nil {
			return kefu.Invalid(fmt.Sprintf("%sshipments.%d", p, i), "%s", kefu.ErrorMessage(err))
		}
	}
	return nil
}

var providerPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,31}$`)

func (d *Dispute) validate(p string) error {
	if !providerPattern.MatchString(d.Provider) {
		return kefu.Invalid(p+"provider", "%sprovider is required: a lower-case name such as uqpay, paypal or airwallex", p)
	}
	if err := firstErr(
		checkText(p+"id", d.ID, 200, true),
		checkText(p+"order_number", d.OrderNumber, 100, false),
		checkText(p+"charge_id", d.ChargeID, 200, false),
		checkText(p+"reason", d.Reason, 100, false),
		checkText(p+"reason_code", d.ReasonCode, 20, false),
		checkText(p+"status", d.Status, 50, false),
	); err != nil {
		return err
	}
	if d.AmountMinor <= 0 {
		return kefu.Invalid(p+"amount_minor", "%samount_minor is required: the disputed amount in minor units, greater than 0", p)
	}
	if err := kefu.CheckCurrency(p+"currency", d.Currency); err != nil {
		return err
	}
	if d.DueBy != nil && d.DueBy.IsZero() {
		return kefu.Invalid(p+"due_by", "%sdue_by cannot be the zero time", p)
	}
	// kefu.Dispute has the final word; its two differently named fields
	// are renamed back to what the sender wrote. The store id is a
	// placeholder, as for orders.
	if err := d.KefuDispute(1).Validate(); err != nil {
		renamed := map[string]string{"external_id": "id", "network_reason_code": "reason_code"}
		if f, ok := renamed[kefu.ErrorField(err)]; ok {
			return kefu.Invalid(p+f, "%s%s is invalid: %s", p, f, kefu.ErrorMessage(err))
		}
		return within(p, err)
	}
	return nil
}

func (n *Notice) validate(p string) error {
	if !kefu.IsNoticeKind(n.Kind) {
		ids := make([]string, len(kefu.NoticeKinds))
		for i, l := range kefu.NoticeKinds {
			ids[i] = l.ID
		}
		return kefu.Invalid(p+"kind", "%skind must be one of %s", p, strings.Join(ids, ", "))
	}
	if err := firstErr(
		checkText(p+"subject", n.Subject, kefu.MaxSubjectLen, true),
		checkText(p+"text", n.Text, kefu.MaxBodyLen, true),
		checkText(p+"case_id", n.CaseID, 200, false),
		checkText(p+"order_number", n.OrderNumber, 100, false),
	); err != nil {
		return err
	}
	if n.AmountMinor < 0 {
		return kefu.Invalid(p+"amount_minor", "%samount_minor cannot be negative", p)
	}
	if n.AmountMinor > 0 || n.Currency != "" {
		if err := kefu.CheckCurrency(p+"currency", n.Currency); err != nil {
			return err
		}
	}
	if n.Deadline != nil && n.Deadline.IsZero() {
		return kefu.Invalid(p+"deadline", "%sdeadline cannot be the zero time", p)
	}
	return nil
}

// within puts prefix before the field of a kefu validation error, in the
// field and in the message ("number is required" inside an order becomes
// "order.number is required"), so the sender reads one consistent path.
func within(prefix string, err error) error {
	field := kefu.ErrorField(err)
	if field == "" || kefu.ErrorCode(err) != kefu.EINVALID {
		return err
	}
	msg := kefu.ErrorMessage(err)
	if strings.HasPrefix(msg, field+" ") {
		msg = prefix + msg
	}
	return kefu.Invalid(prefix+field, "%s", msg)
}

// checkText mirrors kefu's rule for free text (valid UTF-8, no NUL, a
// byte limit), which kefu keeps unexported; the limits are kefu's.
func checkText(field, value string, max int, required bool) error {
	switch {
	case required && strings.TrimSpace(value) == "":
		return kefu.Invalid(field, "%s is required", field)
	case !utf8.ValidString(value):
		return kefu.Invalid(field, "%s is not valid UTF-8", field)
	case strings.ContainsRune(value, 0):
		return kefu.Invalid(field, "%s contains a NUL character", field)
	case len(value) > max:
		return kefu.Invalid(field, "%s is longer than %d bytes", field, max)
	}
	return nil
}

var languagePattern = regexp.MustCompile(`^[A-Za-z-]{2,8}$`)

// checkLanguage is kefu's rule for a ticket's language, so the value can
// be passed on as it is.
func checkLanguage(field, lang string) error {
	if lang != "" && !languagePattern.MatchString(lang) {
		return kefu.Invalid(field, "%s must be a language code such as en, th or ms", field)
	}
	return nil
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
