/* livc-bench-phones.h: what the live round's benchmarks count of their phones' requests:
 * how many are still waiting for an answer, and how many failed.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

typedef struct
{
  guint pending;
  guint failed;
} BenchPhones;

/* The answer to one rating, for soup_session_send_and_read_async() with a BenchPhones. */
static inline void
bench_phones_rated_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  BenchPhones *phones = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = soup_session_send_and_read_finish (SOUP_SESSION (source), result,
                                                               &error);
  SoupMessage *msg = soup_session_get_async_result_message (SOUP_SESSION (source), result);

  if (bytes == NULL || soup_message_get_status (msg) != 200)
    {
      g_printerr ("request failed: %u %s\n", soup_message_get_status (msg),
                  error != NULL ? error->message : "");
      phones->failed++;
    }
  phones->pending--;
}
