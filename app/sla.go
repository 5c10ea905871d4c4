package app

import (
	"context"
	"fmt"
	"strconv"

	"kefu"
	"kefu/sla"
)

// newSLA stores the marketplace SLA defaults on a database that has no
// policy yet and builds the engine that keeps the clocks. The automation
// worker calls its OnTicketEvent in the transaction of each ticket event;
// Run fires the escalation timers.
func (a *App) newSLA(ctx context.Context) (*sla.Engine, error) {
	if _, err := a.db.SeedSLAPolicies(kefu.SystemContext(ctx, "sla"), sla.Defaults()); err != nil {
		return nil, fmt.Errorf("SLA defaults: %w", err)
	}
	return sla.New(sla.Services{
		Tickets: a.db, Stores: a.db, Users: a.db, Jobs: a.db, Store: a.db, Disputes: a.db, Alerts: a.db,
	}, sla.Options{
		Logger: a.logger,
		TicketURL: func(id int64) string {
			if base := a.publicURL(); base != "" {
				return base + "/tickets/" + strconv.FormatInt(id, 10)
			}
			return ""
		},
	}), nil
}
