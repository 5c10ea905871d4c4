package ingest

import (
	"context"

	"kefu"
)

// Domain is what the source handlers change: the domain services plus the
// lookups that find where an inbound item belongs. storage.DB implements it.
type Domain interface {
	kefu.TicketService
	kefu.OrderService
	kefu.CustomerService
	kefu.DisputeService
	FindStoreByID(ctx context.Context, id int64) (*kefu.Store, error)
	FindTicketByCase(ctx context.Context, storeID int64, caseID string) (*kefu.Ticket, error)
	FindTicketByMessageIDs(ctx context.Context, storeID int64, externalIDs []string) (*kefu.Ticket, error)
	FindOpenTicketByCustomerOrder(ctx context.Context, storeID, customerID, orderID int64) (*kefu.Ticket, error)
	FindOrderByReference(ctx context.Context, storeID int64, paymentRefs []string, number string) (*kefu.Order, error)
	HasMessage(ctx context.Context, ticketID int64, externalID string) (bool, error)
	RecordRefund(ctx context.Context, orderID, refundedMinor int64) error
}

// findOrder returns the store's order by a payment reference or its own
// number, or nil.
func findOrder(ctx context.Context, d Domain, storeID int64, paymentIDs []string, number string) (*kefu.Order, error) {
	o, err := d.FindOrderByReference(ctx, storeID, paymentIDs, number)
	if isNotFound(err) {
		return nil, nil
	}
	return o, err
}

// addOnce appends m to a ticket unless a message with its external id is
// there already: applying an event twice adds its message once.
func addOnce(ctx context.Context, d Domain, ticketID int64, m *kefu.Message) error {
	has, err := d.HasMessage(ctx, ticketID, m.ExternalID)
	if err != nil || has {
		return err
	}
	_, err = d.AddMessage(ctx, ticketID, m)
	return err
}

func isNotFound(err error) bool { return kefu.ErrorCode(err) == kefu.ENOTFOUND }
