package storage

import (
	"context"
	"errors"

	"kefu"
)

var errTODO = errors.New("not yet")

func (db *DB) CreateStore(ctx context.Context, s *kefu.Store) error             { return errTODO }
func (db *DB) FindStoreByID(ctx context.Context, id int64) (*kefu.Store, error) { return nil, errTODO }
func (db *DB) FindStoreBySlug(ctx context.Context, slug string) (*kefu.Store, error) {
	return nil, errTODO
}
func (db *DB) ListStores(ctx context.Context) ([]*kefu.Store, error) { return nil, errTODO }
func (db *DB) UpdateStore(ctx context.Context, id int64, u kefu.StoreUpdate) (*kefu.Store, error) {
	return nil, errTODO
}
func (db *DB) FindCustomerByID(ctx context.Context, id int64) (*kefu.Customer, error) {
	return nil, errTODO
}
func (db *DB) FindCustomerByIdentity(ctx context.Context, id kefu.Identity) (*kefu.Customer, error) {
	return nil, errTODO
}
func (db *DB) FindOrderByID(ctx context.Context, id int64) (*kefu.Order, error) { return nil, errTODO }
func (db *DB) ListOrders(ctx context.Context, f kefu.OrderFilter) ([]*kefu.Order, error) {
	return nil, errTODO
}
func (db *DB) UpsertOrder(ctx context.Context, o *kefu.Order) (bool, error) { return false, errTODO }
func (db *DB) ImportOrders(ctx context.Context, orders []*kefu.Order) (kefu.OrderImportResult, error) {
	return kefu.OrderImportResult{}, errTODO
}
func (db *DB) CreateTicket(ctx context.Context, c *kefu.TicketCreate) (*kefu.Ticket, error) {
	return nil, errTODO
}
func (db *DB) CreateTickets(ctx context.Context, cs []*kefu.TicketCreate) ([]int64, error) {
	return nil, errTODO
}
func (db *DB) FindTicketByID(ctx context.Context, id int64) (*kefu.Ticket, error) {
	return nil, errTODO
}
func (db *DB) ListTickets(ctx context.Context, f kefu.TicketFilter) (*kefu.TicketPage, error) {
	return nil, errTODO
}
func (db *DB) UpdateTicket(ctx context.Context, id int64, u kefu.TicketUpdate) (*kefu.Ticket, error) {
	return nil, errTODO
}
func (db *DB) AddMessage(ctx context.Context, ticketID int64, m *kefu.Message) (*kefu.Message, error) {
	return nil, errTODO
}
func (db *DB) CreateUser(ctx context.Context, u *kefu.User, password string) error { return errTODO }
func (db *DB) FindUserByID(ctx context.Context, id int64) (*kefu.User, error)      { return nil, errTODO }
func (db *DB) FindUserByEmail(ctx context.Context, email string) (*kefu.User, error) {
	return nil, errTODO
}
func (db *DB) ListUsers(ctx context.Context) ([]*kefu.User, error) { return nil, errTODO }
func (db *DB) UpdateUser(ctx context.Context, id int64, u kefu.UserUpdate) (*kefu.User, error) {
	return nil, errTODO
}
func (db *DB) Authenticate(ctx context.Context, email, password string) (*kefu.User, error) {
	return nil, errTODO
}
func (db *DB) CreateToken(ctx context.Context, t *kefu.Token) (string, error) { return "", errTODO }
func (db *DB) ListTokens(ctx context.Context, userID int64) ([]*kefu.Token, error) {
	return nil, errTODO
}
func (db *DB) RevokeToken(ctx context.Context, id int64) error { return errTODO }
func (db *DB) AuthenticateToken(ctx context.Context, secret string) (*kefu.Token, *kefu.User, error) {
	return nil, nil, errTODO
}
func (db *DB) ListAudit(ctx context.Context, f kefu.AuditFilter) ([]*kefu.AuditEntry, error) {
	return nil, errTODO
}
