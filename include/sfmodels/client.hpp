#ifndef SFMODELS_CLIENT_HPP
#define SFMODELS_CLIENT_HPP

// An HTTPS client for a cluster's gateway, on Boost.Beast, Boost.Asio and
// OpenSSL: link sfmodels::client. The rest of sfmodels does not need it.

#include <sfmodels/client/call.hpp>
#include <sfmodels/client/connection.hpp>
#include <sfmodels/client/endpoint.hpp>
#include <sfmodels/client/error.hpp>
#include <sfmodels/client/poll.hpp>
#include <sfmodels/client/retry.hpp>
#include <sfmodels/client/tls_options.hpp>

#endif
