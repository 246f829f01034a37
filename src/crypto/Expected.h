#pragma once

#include <optional>
#include <utility>

namespace viopay::crypto {

// A value or the reason there is none: what every fallible crypto call returns, so no exception
// crosses the library's API and every failure names its cause (a small std::expected, which is C++23).
template <typename T, typename Error>
class Expected {
public:
    Expected(T value)
        : m_value(std::move(value))
    {}
    Expected(Error error)
        : m_error(error)
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    template <typename U>
    T value_or(U &&fallback) const
    {
        return m_value ? *m_value : T(std::forward<U>(fallback));
    }
    // Meaningful only when !ok().
    Error error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error{};
};

} // namespace viopay::crypto
