#include "commands.hpp"

#include <sfmodels/codec/decode.hpp>
#include <sfmodels/codec/encode.hpp>
#include <sfmodels/models/type_registry.hpp>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace sfmodels_cli {
namespace {

constexpr std::size_t chunk_size = 64 * 1024;

/// Prints "error: <what>" as exactly one line, control characters escaped.
exit_status fail(std::string_view what)
{
    std::string line = "error: ";
    for (unsigned char c : what) {
        if (c < 0x20 || c == 0x7f) {
            char hex[5];
            std::snprintf(hex, sizeof hex, "\\x%02x", c);
            line += hex;
        } else {
            line += static_cast<char>(c);
        }
    }
    line += '\n';
    std::fputs(line.c_str(), stderr);
    return exit_status::failure;
}

exit_status fail_io(std::string_view action, std::string_view name, int err)
{
    return fail(std::string(action).append(name).append(": ").append(std::strerror(err)));
}

struct file_closer
{
    void operator()(std::FILE* f) const noexcept { std::fclose(f); }
};

/// Feeds `in` to a decoder 64 KiB at a time, so memory stays bounded whatever the input.
template<class T>
exit_status decode_stream(std::FILE* in, std::string_view in_name, T& value)
{
    std::array<char, chunk_size> chunk;
    sfmodels::decoder<T> d(value);
    for (;;) {
        std::size_t const n = std::fread(chunk.data(), 1, chunk.size(), in);
        if (std::ferror(in))
            return fail_io("cannot read ", in_name, errno);
        std::string_view const piece(chunk.data(), n);
        bool const last = n < chunk.size();
        if (sfmodels::decode_result const& r = last ? d.finish(piece) : d.write(piece))
            return fail(r.message());
        if (last)
            return exit_status::success;
    }
}

template<class T>
exit_status print_json(T const& value, std::string_view type_name)
{
    std::string json;
    if (boost::system::error_code ec = sfmodels::encode(value, json))
        return fail(std::string("cannot encode ").append(type_name).append(": ").append(ec.message()));
    json += '\n';
    if (std::fwrite(json.data(), 1, json.size(), stdout) != json.size() || std::fflush(stdout) != 0)
        return fail_io("cannot write ", "standard output", errno);
    return exit_status::success;
}

exit_status run_decode(std::span<char const* const> args)
{
    if (args.empty())
        return usage_error("decode needs a TYPE");
    if (args.size() > 2)
        return usage_error("decode takes a TYPE and at most one FILE");

    std::string_view const type_name = args[0];
    if (!sfmodels::visit_wire_type(type_name, [](auto) {}))
        return usage_error(std::string("unknown TYPE '")
                               .append(type_name)
                               .append("' (`sfmodels types` lists the known ones)"));

    std::unique_ptr<std::FILE, file_closer> file;
    std::FILE* in = stdin;
    std::string_view in_name = "standard input";
    if (args.size() == 2 && std::string_view(args[1]) != "-") {
        in_name = args[1];
        file.reset(std::fopen(args[1], "rb"));
        if (!file)
            return fail_io("cannot read ", in_name, errno);
        in = file.get();
    }

    exit_status status = exit_status::failure;
    sfmodels::visit_wire_type(type_name, [&](auto wire) {
        typename decltype(wire)::type value{};
        status = decode_stream(in, in_name, value);
        if (status == exit_status::success)
            status = print_json(value, type_name);
    });
    return status;
}

} // namespace

command const decode_command{
    "decode",
    "TYPE [FILE]",
    "decode one JSON document from FILE (standard input if absent or -) into TYPE\n"
    "and print it re-encoded as compact JSON",
    run_decode,
};

} // namespace sfmodels_cli
