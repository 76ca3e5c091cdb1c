/* livc-live-limit.c: the live round's per-client rate limit and request bounds.
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <libsoup/soup.h>

#include "livc-live-private.h"
#include "livc-live-round.h"

#define MAX_BUCKETS 1024

typedef struct
{
  double tokens;
  gint64 last;
} Bucket;

/* The buckets, one per remote host, for _livc_live_limit_check(). */
GHashTable *
_livc_live_limit_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* A token bucket per host: `rate` requests a second, bursts of twice that. Runs once the
 * headers are in, before the body is read; on refusal returns FALSE with the HTTP status
 * and the error code to answer. */
gboolean
_livc_live_limit_check (GHashTable         *buckets,
                        guint               rate,
                        const char         *host,
                        SoupMessageHeaders *headers,
                        guint              *status,
                        const char        **code)
{
  gint64 now = g_get_monotonic_time ();
  Bucket *bucket;

  if (host == NULL)
    host = "";
  bucket = g_hash_table_lookup (buckets, host);
  if (bucket == NULL)
    {
      if (g_hash_table_size (buckets) >= MAX_BUCKETS)
        g_hash_table_remove_all (buckets);
      bucket = g_new0 (Bucket, 1);
      bucket->tokens = 2.0 * rate;
      bucket->last = now;
      g_hash_table_insert (buckets, g_strdup (host), bucket);
    }
  bucket->tokens = MIN (2.0 * rate,
                        bucket->tokens + (now - bucket->last) / (double) G_USEC_PER_SEC * rate);
  bucket->last = now;
  if (bucket->tokens < 1.0)
    {
      *status = 429;
      *code = "rate";
      return FALSE;
    }
  bucket->tokens -= 1.0;

  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CHUNKED)
    {
      *status = SOUP_STATUS_LENGTH_REQUIRED;
      *code = "length";
      return FALSE;
    }
  if (soup_message_headers_get_content_length (headers) > LIVC_LIVE_MAX_BODY)
    {
      *status = SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE;
      *code = "too-large";
      return FALSE;
    }
  return TRUE;
}
