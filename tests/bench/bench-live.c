/* bench-live.c: 30 phones (C clients on the loopback) rating every item of a domain at
 * once: the time from each request to its "rating-received" signal on the host's main
 * loop, p50 and p95 (target p95 ≤ 200 ms), and how much the host's memory grows.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>

#include "livc-bench.h"
#include "livc-bench-phones.h"
#include "livc-core.h"
#include "livc-live-round.h"
#include "../live/livc-live-client.h"

#define N_PHONES  30
#define TARGET_MS 200.0

typedef struct
{
  GHashTable *sent;      /* "participant item" → start time (double *) */
  GArray     *latencies; /* ms */
  BenchPhones phones;
} Bench;

static void
on_received (LivcLiveRound   *round,
             LivcParticipant *participant,
             const char      *item,
             Bench           *bench)
{
  g_autofree char *key = g_strdup_printf ("%s %s", livc_participant_get_id (participant), item);
  double *start = g_hash_table_lookup (bench->sent, key);
  double ms;

  g_assert (start != NULL);
  ms = (livc_bench_now () - *start) * 1000.0;
  g_array_append_val (bench->latencies, ms);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *path = livc_bench_source_file ("questionnaires/livc-r.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcQuestionnaire) q = NULL;
  g_autoptr(LivcAssessment) a = NULL;
  g_autoptr(LivcLiveRound) round = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  GListModel *domains;
  LiveClient *phones[N_PHONES];
  Bench bench = { 0 };
  double rss_before, p50, p95;
  guint n;

  livc_bench_init ();
  livc_core_init ();
  q = livc_load_questionnaire (path, NULL, &error);
  g_assert_no_error (error);
  a = livc_assessment_new (livc_questionnaire_get_id (q), livc_questionnaire_get_version (q));
  for (guint i = 0; i < N_PHONES; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);
      g_autofree char *name = g_strdup_printf ("Member %u", i + 1);
      g_autoptr(LivcParticipant) p = livc_participant_new (id, NULL, name);

      livc_assessment_add_participant (a, p);
    }
  round = livc_live_round_new (a, q);
  /* All phones share the loopback address here; on a real network each has its own. */
  livc_live_round_set_rate_limit (round, 100000);
  g_assert (livc_live_round_start (round, loopback, 0, &error));
  bench.sent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  bench.latencies = g_array_new (FALSE, FALSE, sizeof (double));
  g_signal_connect (round, "rating-received", G_CALLBACK (on_received), &bench);

  for (guint i = 0; i < N_PHONES; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);

      phones[i] = live_client_new (livc_live_round_get_url (round));
      /* One connection per phone: its requests go in order, as taps on a phone do. */
      g_object_unref (phones[i]->session);
      phones[i]->session = soup_session_new_with_options ("max-conns-per-host", 1, NULL);
      g_assert (live_client_join (phones[i], id) == 200);
    }
  rss_before = livc_bench_self_rss_mb ();

  domains = livc_questionnaire_get_domains (q);
  n = MIN (g_list_model_get_n_items (domains), 3);
  for (guint d = 0; d < n; d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, d);
      GListModel *items = livc_domain_get_items (domain);

      /* Every phone sends every rating of the domain before any answer is read. */
      for (guint i = 0; i < N_PHONES; i++)
        for (guint k = 0; k < g_list_model_get_n_items (items); k++)
          {
            g_autoptr(LivcItem) item = g_list_model_get_item (items, k);
            g_autofree char *plain = g_strdup_printf (
              "{\"token\":\"%s\",\"c\":%" G_GINT64_FORMAT ",\"item\":\"%s\",\"value\":\"%u\"}",
              phones[i]->token, ++phones[i]->counter, livc_item_get_id (item), 1 + (i + k) % 4);
            g_autofree char *body = live_client_seal (phones[i], plain, NULL, NULL);
            g_autofree char *uri = g_strconcat (phones[i]->base, "/api/rate", NULL);
            g_autoptr(SoupMessage) msg = soup_message_new ("POST", uri);
            g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));
            double *start = g_new (double, 1);

            soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
            *start = livc_bench_now ();
            g_hash_table_replace (bench.sent,
                                  g_strdup_printf ("p%u %s", i + 1, livc_item_get_id (item)),
                                  start);
            bench.phones.pending++;
            soup_session_send_and_read_async (phones[i]->session, msg, G_PRIORITY_DEFAULT,
                                              NULL, bench_phones_rated_cb,
                                              &bench.phones);
          }
      while (bench.phones.pending > 0)
        g_main_context_iteration (NULL, TRUE);
    }

  p50 = livc_bench_percentile (&g_array_index (bench.latencies, double, 0),
                               bench.latencies->len, 50);
  p95 = livc_bench_percentile (&g_array_index (bench.latencies, double, 0),
                               bench.latencies->len, 95);
  livc_bench_figure ("ratings received", bench.latencies->len, "");
  livc_bench_check ("failed requests", bench.phones.failed, 0, "");
  livc_bench_figure ("latency p50, request to rating-received", p50, "ms");
  livc_bench_check ("latency p95, request to rating-received", p95, TARGET_MS, "ms");
  livc_bench_figure ("peak RSS growth during the ratings", livc_bench_self_rss_mb () - rss_before,
                     "MB");

  for (guint i = 0; i < N_PHONES; i++)
    live_client_free (phones[i]);
  livc_live_round_stop (round);
  g_hash_table_unref (bench.sent);
  g_array_unref (bench.latencies);
  return livc_bench_finish ();
}
