package storage

import "kefu"

// DB implements every domain service.
var (
	_ kefu.StoreService    = (*DB)(nil)
	_ kefu.CustomerService = (*DB)(nil)
	_ kefu.OrderService    = (*DB)(nil)
	_ kefu.TicketService   = (*DB)(nil)
	_ kefu.UserService     = (*DB)(nil)
	_ kefu.TokenService    = (*DB)(nil)
	_ kefu.AuditService    = (*DB)(nil)
	_ kefu.DisputeService  = (*DB)(nil)
)
