package storage

import (
	"context"
	"fmt"
	"strings"

	"kefu"
	"kefu/compliance"
)

// guardReply runs the compliance guard on a reply to the buyer before it
// is stored (and so before the outbox can send it): whatever writes it —
// the composer, the API, an auto-reply — a reply the store's marketplace
// would punish is refused, unless a supervisor overrides, which the audit
// log records with the findings.
//
// A reply already delivered elsewhere (the seller answered in Shopee's
// console and the push tells kefu) is a record, not a send: not checked.
func (tx *tx) guardReply(ctx context.Context, t *kefu.Ticket, m *kefu.Message) error {
	if m.Direction != kefu.DirectionOutbound || m.DeliveryState == kefu.DeliverySent {
		return nil
	}
	var platform string
	if err := tx.queryRow(ctx, `SELECT platform FROM stores WHERE id = ?`, t.StoreID).Scan(&platform); err != nil {
		return err
	}
	report := compliance.Check(compliance.Platform(platform), m.Text)
	if !report.Blocked {
		return nil
	}
	if m.ComplianceOverride && kefu.ActorFrom(ctx).MayOverride() {
		return tx.audit(ctx, "message.compliance_override", "ticket", t.ID, nil,
			map[string]any{"platform": platform, "violations": report.Violations})
	}
	var found []string
	for _, v := range report.Violations {
		if v.Blocking {
			found = append(found, fmt.Sprintf("%s %q (%s)", v.Kind, v.Excerpt, v.Rule))
		}
	}
	hint := "remove them and send again"
	if m.ComplianceOverride {
		hint = "only a supervisor or admin may override the guard"
	} else if kefu.ActorFrom(ctx).MayOverride() {
		hint = "remove them, or send again with compliance_override to send anyway"
	}
	return kefu.Invalid("text", "this reply breaks %s messaging rules: %s; %s", platform, strings.Join(found, ", "), hint)
}
