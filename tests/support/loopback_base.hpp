#ifndef SFMODELS_TESTS_SUPPORT_LOOPBACK_BASE_HPP
#define SFMODELS_TESTS_SUPPORT_LOOPBACK_BASE_HPP

// What the tests' loopback servers share: an acceptor on 127.0.0.1 and an
// ephemeral port, an io_context run on its own thread for at most a lifetime,
// and the log of the requests seen. A server derived from it posts its first
// accept, then calls start(); its destructor calls stop() first, so that the
// thread is gone before the server's own members (its handler, its TLS
// context) are.

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace sfmodels::test {

template <class Request>
class loopback_base
{
public:
    loopback_base(loopback_base const&) = delete;
    loopback_base& operator=(loopback_base const&) = delete;

    std::string port() const { return std::to_string(acceptor_.local_endpoint().port()); }

    /// Every request seen so far, in the order they came.
    std::vector<Request> requests() const
    {
        std::lock_guard lock(mutex_);
        return requests_;
    }

protected:
    using tcp = boost::asio::ip::tcp;

    loopback_base() = default;
    ~loopback_base() { stop(); }

    void start(std::chrono::seconds lifetime)
    {
        thread_ = std::thread([this, lifetime] { ioc_.run_for(lifetime); });
    }

    void stop()
    {
        ioc_.stop();
        if (thread_.joinable())
            thread_.join();
    }

    /// Logs a request; a session left unanswered is kept open until the end.
    void record(Request seen, std::shared_ptr<void> unanswered)
    {
        std::lock_guard lock(mutex_);
        requests_.push_back(std::move(seen));
        if (unanswered)
            silent_.push_back(std::move(unanswered));
    }

    boost::asio::io_context ioc_;
    tcp::acceptor acceptor_{ioc_, tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), 0)};

private:
    mutable std::mutex mutex_;
    std::vector<Request> requests_;
    std::vector<std::shared_ptr<void>> silent_;
    std::thread thread_;
};

} // namespace sfmodels::test

#endif
