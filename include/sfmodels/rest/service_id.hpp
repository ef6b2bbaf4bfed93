#ifndef SFMODELS_REST_SERVICE_ID_HPP
#define SFMODELS_REST_SERVICE_ID_HPP

#include <sfmodels/detail/ascii.hpp>
#include <sfmodels/rest/error.hpp>

#include <algorithm>
#include <string>
#include <string_view>

namespace sfmodels::rest {

/** The `serviceId` path parameter: a service name without its `fabric:`
    scheme, with `~` for `/`. `fabric:/myapp/app1/svc1` is sent as
    `myapp~app1~svc1`.

    Holds either a service name (`fabric:/...`) or an id as given; a name is
    turned into its id while the target is written, so nothing allocates
    then. The id is sent as the spec's x-ms-skip-url-encoding asks - as is -
    except that characters a path segment cannot hold are percent-encoded.
*/
class service_id
{
public:
    static constexpr std::string_view scheme = "fabric:";

    /// A text starting with `fabric:` (in any case) is a service name; anything else an id.
    service_id(std::string_view text) : text_(text), name_(has_scheme(text)) {}
    service_id(char const* text) : service_id(std::string_view(text)) {}

    /// `name` must be a service name; validation reports errc::not_a_fabric_name if it is not.
    static service_id from_name(std::string_view name)
    {
        service_id s(name);
        s.name_ = true;
        return s;
    }

    std::string_view text() const noexcept { return text_; }
    bool is_name() const noexcept { return name_; }

    /// What the id is made of: the id itself, or a name after `fabric:/`, whose `/` become `~`.
    std::string_view source() const noexcept
    {
        std::string_view t(text_);
        if (!name_)
            return t;
        t.remove_prefix(std::min(t.size(), scheme.size()));
        if (t.starts_with('/'))
            t.remove_prefix(1);
        return t;
    }

    /// The id before escaping, e.g. `myapp~app1~svc1`.
    std::string id() const
    {
        std::string s(source());
        if (name_)
            for (char& c : s)
                if (c == '/')
                    c = '~';
        return s;
    }

    /// errc::not_a_fabric_name for a name that is not `fabric:/segment[/segment...]`
    /// with non-empty segments, and for an id with a `/` (a name without its
    /// scheme: ids have used `~` since 6.0); errc::invalid_parameter for an empty id.
    errc check() const noexcept
    {
        if (!name_) {
            if (text_.empty())
                return errc::invalid_parameter;
            return text_.find('/') == std::string::npos ? errc{} : errc::not_a_fabric_name;
        }
        std::string_view const t(text_);
        if (!has_scheme(t) || t.size() < scheme.size() + 2 || t[scheme.size()] != '/' || t.back() == '/' ||
            t.find("//", scheme.size()) != std::string_view::npos)
            return errc::not_a_fabric_name;
        return {};
    }

    bool operator==(service_id const&) const = default;

private:
    static bool has_scheme(std::string_view t) noexcept
    {
        return t.size() >= scheme.size() && sfmodels::detail::iequals(t.substr(0, scheme.size()), scheme);
    }

    std::string text_;
    bool name_;
};

/// The `applicationId` path parameter: an application name without its
/// `fabric:` scheme, with `~` for `/` (`fabric:/myapp/app1` is `myapp~app1`);
/// the same rules as a service id.
using application_id = service_id;

} // namespace sfmodels::rest

#endif
