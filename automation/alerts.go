package automation

import (
	"context"
	"strconv"

	"kefu"
	"kefu/notify"
)

// raiseNoticeAlerts tells the team's alert channels about a new ticket
// that needs eyes at once whatever the rules say: a new dispute (money is
// taken back unless evidence goes in by its due date), an issuer's early
// fraud warning, a message that looks like phishing. The alerts carry
// dedupe keys, so a job run twice raises each once; they are queued in
// the job's transaction and sent by the alert dispatcher.
func (w *Worker) raiseNoticeAlerts(ctx context.Context, ticketID int64) error {
	alerts := w.Engine.Alerts
	if alerts == nil {
		return nil
	}
	t, err := w.Store.FindTicketByID(ctx, ticketID)
	if err != nil {
		return err
	}
	base := ""
	if w.BaseURL != nil {
		base = w.BaseURL()
	}
	var raise []*kefu.Alert
	switch t.NoticeKind {
	case "dispute_notice":
		disputes, err := w.Store.ListDisputes(ctx, t.ID)
		if err != nil {
			return err
		}
		for _, d := range disputes {
			raise = append(raise, notify.DisputeAlert(t, d, base))
		}
	case "fraud_warning":
		a := notify.RiskAlert(t, "early fraud warning from the card issuer 发卡行欺诈预警", base)
		a.DedupeKey = "fraud:" + strconv.FormatInt(t.ID, 10)
		raise = append(raise, a)
	}
	if t.SuspectedPhishing {
		raise = append(raise, notify.PhishingAlert(t, base))
	}
	for _, a := range raise {
		if _, err := alerts.RaiseAlert(ctx, a); err != nil {
			return err
		}
	}
	return nil
}
