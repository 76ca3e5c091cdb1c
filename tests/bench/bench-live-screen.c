/* bench-live-screen.c: the real window as the facilitator's laptop under Xvfb, a live round
 * started through its dialog with three domains open, and 30 phones (C clients in a thread
 * of their own, as phones are other machines) rating every item of a domain at once, one
 * domain after the other (the shape of bench-live.c). Measured: from
 * each phone's request to the first frame the window paints after the rating arrived (the
 * shared screen's count and bar then show it), p50 and p95 (target p95 ≤ 200 ms), and how
 * much the app's resident memory grows during the round. With --per-rating, the window's
 * views are refreshed once per rating instead of once per frame, for comparison.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "livc-application.h"
#include "livc-live-dialog.h"
#include "livc-window-private.h"
#include "livc-window.h"

#include "livc-bench.h"
#include "livc-bench-phones.h"
#include "../gui/livc-gui-test.h"
#include "../live/livc-live-client.h"

#define N_PHONES  30
#define TARGET_MS 200.0

typedef struct
{
  GMutex      lock;
  GHashTable *sent;       /* "participant item" → start time (double *), under lock */
  GPtrArray  *requests;   /* (char *) "participant item", in sending order */
  LiveClient *phones[N_PHONES];
  GPtrArray  *bodies;     /* sealed bodies, built before the clock starts */
  GArray     *bursts;     /* guint: where each domain's requests end */
  BenchPhones answers;    /* the phones' thread only */
  gboolean    done;       /* atomic: every answer is in */
  guint       received;
  GArray     *waiting;    /* start times of ratings received, not yet painted */
  GArray     *to_model;   /* ms, request to "rating-received" */
  GArray     *to_screen;  /* ms, request to the frame painted after it */
} Bench;

static void
on_received (LivcLiveRound   *round,
             LivcParticipant *participant,
             const char      *item,
             Bench           *bench)
{
  g_autofree char *key = g_strdup_printf ("%s %s", livc_participant_get_id (participant), item);
  double start, ms;

  g_mutex_lock (&bench->lock);
  start = *(double *) g_hash_table_lookup (bench->sent, key);
  g_mutex_unlock (&bench->lock);
  ms = (livc_bench_now () - start) * 1000.0;
  g_array_append_val (bench->to_model, ms);
  g_array_append_val (bench->waiting, start);
  bench->received++;
}

/* Every rating received before this frame is on the screen once it is painted. */
static void
on_after_paint (GdkFrameClock *clock,
                Bench         *bench)
{
  double now = livc_bench_now ();

  for (guint i = 0; i < bench->waiting->len; i++)
    {
      double ms = (now - g_array_index (bench->waiting, double, i)) * 1000.0;

      g_array_append_val (bench->to_screen, ms);
    }
  g_array_set_size (bench->waiting, 0);
}

/* The phones: one connection each, its requests in order as taps on a phone are; every
 * rating of a domain sent before any answer is read, then the next domain. */
static gpointer
phones_thread (gpointer data)
{
  Bench *bench = data;
  g_autoptr(GMainContext) context = g_main_context_new ();
  SoupSession *sessions[N_PHONES];
  guint r = 0;

  g_main_context_push_thread_default (context);
  for (guint i = 0; i < N_PHONES; i++)
    sessions[i] = soup_session_new_with_options ("max-conns-per-host", 1, NULL);
  for (guint b = 0; b < bench->bursts->len; b++)
    {
      for (; r < g_array_index (bench->bursts, guint, b); r++)
        {
          const char *key = g_ptr_array_index (bench->requests, r);
          guint phone = (guint) atoi (key + 1) - 1;
          const char *body = g_ptr_array_index (bench->bodies, r);
          g_autofree char *uri = g_strconcat (bench->phones[phone]->base, "/api/rate", NULL);
          g_autoptr(SoupMessage) msg = soup_message_new ("POST", uri);
          g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));
          double *start = g_new (double, 1);

          soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
          *start = livc_bench_now ();
          g_mutex_lock (&bench->lock);
          g_hash_table_replace (bench->sent, g_strdup (key), start);
          g_mutex_unlock (&bench->lock);
          bench->answers.pending++;
          soup_session_send_and_read_async (sessions[phone], msg, G_PRIORITY_DEFAULT, NULL,
                                            bench_phones_rated_cb, &bench->answers);
        }
      while (bench->answers.pending > 0)
        g_main_context_iteration (context, TRUE);
    }
  for (guint i = 0; i < N_PHONES; i++)
    g_object_unref (sessions[i]);
  g_main_context_pop_thread_default (context);
  g_atomic_int_set (&bench->done, TRUE);
  g_main_context_wakeup (NULL);
  return NULL;
}

/* The resident memory now, not the peak: the window's start set the peak already. */
static double
current_rss_mb (void)
{
  g_autofree char *statm = NULL;
  unsigned long size = 0, resident = 0;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL)
      || sscanf (statm, "%lu %lu", &size, &resident) != 2)
    return 0;
  return resident * (double) sysconf (_SC_PAGESIZE) / 1e6;
}

static double
percentile (GArray *values,
            guint   p)
{
  return livc_bench_percentile (&g_array_index (values, double, 0), values->len, p);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *tmpdir = NULL;
  g_autofree char *sample = livc_bench_source_file ("data/samples/joint-cell-individual.xml");
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  LivcApplication *app;
  LivcWindow *window;
  LivcLiveDialog *dialog;
  LivcLiveRound *round;
  LivcAssessment *a;
  LivcQuestionnaire *q;
  GListModel *domains;
  GThread *thread;
  Bench bench = { 0 };
  double rss_before;
  guint n_domains;

  livc_bench_init ();
  tmpdir = livc_gui_test_init ("livc-bench-live-XXXXXX");
  app = livc_gui_test_app_new ();
  window = livc_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert (livc_window_open_file (window, file));
  a = livc_document_get_assessment (livc_window_get_document (window));
  q = livc_document_get_questionnaire (livc_window_get_document (window));
  for (guint i = 0; i < N_PHONES; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);
      g_autofree char *name = g_strdup_printf ("Member %u", i + 1);
      g_autoptr(LivcParticipant) p = NULL;

      if (livc_assessment_find_participant (a, id) != NULL)
        continue;
      p = livc_participant_new (id, NULL, name);
      livc_assessment_add_participant (a, p);
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.live-start", NULL);
  dialog = (LivcLiveDialog *) livc_gui_test_find_window (LIVC_TYPE_LIVE_DIALOG);
  g_assert (dialog != NULL);
  domains = livc_questionnaire_get_domains (q);
  n_domains = MIN (g_list_model_get_n_items (domains), 3);
  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    livc_live_dialog_set_domain_open (dialog, d, d < n_domains);
  livc_live_dialog_select_address (dialog, loopback);
  g_assert (livc_live_dialog_start (dialog));
  round = _livc_window_live_get_round (window);
  g_assert (round != NULL);
  /* All phones share the loopback address here; on a real network each has its own. */
  livc_live_round_set_rate_limit (round, 100000);
  /* For comparison: the views refreshed once per rating, as before they were coalesced. */
  if (argc > 1 && strcmp (argv[1], "--per-rating") == 0)
    livc_document_set_coalesce_changes (livc_window_get_document (window), FALSE);

  bench.sent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  bench.requests = g_ptr_array_new_with_free_func (g_free);
  bench.bodies = g_ptr_array_new_with_free_func (g_free);
  bench.waiting = g_array_new (FALSE, FALSE, sizeof (double));
  bench.to_model = g_array_new (FALSE, FALSE, sizeof (double));
  bench.to_screen = g_array_new (FALSE, FALSE, sizeof (double));
  g_mutex_init (&bench.lock);
  for (guint i = 0; i < N_PHONES; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);

      bench.phones[i] = live_client_new (livc_live_round_get_url (round));
      g_assert (live_client_join (bench.phones[i], id) == 200);
    }
  /* The sealed requests, every item of an open domain from every phone, domain by domain. */
  bench.bursts = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint d = 0; d < n_domains; d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, d);
      GListModel *items = livc_domain_get_items (domain);

      for (guint i = 0; i < N_PHONES; i++)
        for (guint k = 0; k < g_list_model_get_n_items (items); k++)
          {
            g_autoptr(LivcItem) item = g_list_model_get_item (items, k);
            LiveClient *phone = bench.phones[i];
            g_autofree char *plain = g_strdup_printf (
              "{\"token\":\"%s\",\"c\":%" G_GINT64_FORMAT ",\"item\":\"%s\",\"value\":\"%u\"}",
              phone->token, ++phone->counter, livc_item_get_id (item), 1 + (i + k) % 4);

            g_ptr_array_add (bench.requests, g_strdup_printf ("p%u %s", i + 1,
                                                               livc_item_get_id (item)));
            g_ptr_array_add (bench.bodies, live_client_seal (phone, plain, NULL, NULL));
          }
      g_array_append_val (bench.bursts, bench.requests->len);
    }
  /* The screen at rest first: the round's page drawn, nothing pending. */
  livc_gui_test_rest (GTK_WIDGET (window));
  rss_before = current_rss_mb ();

  g_signal_connect (round, "rating-received", G_CALLBACK (on_received), &bench);
  g_signal_connect_after (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                          G_CALLBACK (on_after_paint), &bench);
  thread = g_thread_new ("phones", phones_thread, &bench);
  while (!g_atomic_int_get (&bench.done) || bench.waiting->len > 0)
    g_main_context_iteration (NULL, TRUE);
  g_thread_join (thread);
  g_signal_handlers_disconnect_by_data (gtk_widget_get_frame_clock (GTK_WIDGET (window)),
                                        &bench);

  livc_bench_figure ("phones", N_PHONES, "");
  livc_bench_figure ("ratings sent", bench.requests->len, "");
  livc_bench_check ("failed requests", bench.answers.failed, 0, "");
  livc_bench_check ("ratings not received", bench.requests->len - bench.received, 0, "");
  livc_bench_figure ("latency p50, request to rating-received", percentile (bench.to_model, 50),
                     "ms");
  livc_bench_figure ("latency p95, request to rating-received", percentile (bench.to_model, 95),
                     "ms");
  livc_bench_figure ("latency p50, request to the shared screen painted",
                     percentile (bench.to_screen, 50), "ms");
  livc_bench_check ("latency p95, request to the shared screen painted",
                    percentile (bench.to_screen, 95), TARGET_MS, "ms");
  livc_bench_figure ("latency max, request to the shared screen painted",
                     percentile (bench.to_screen, 100), "ms");
  livc_bench_figure ("RSS growth of the app during the round (phones included)",
                     current_rss_mb () - rss_before, "MB");
  livc_bench_figure ("peak RSS of the app", livc_bench_self_rss_mb (), "MB");

  for (guint i = 0; i < N_PHONES; i++)
    live_client_free (bench.phones[i]);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.live-stop", NULL);
  livc_document_set_modified (livc_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  g_hash_table_unref (bench.sent);
  g_ptr_array_unref (bench.requests);
  g_ptr_array_unref (bench.bodies);
  g_array_unref (bench.bursts);
  g_array_unref (bench.waiting);
  g_array_unref (bench.to_model);
  g_array_unref (bench.to_screen);
  g_mutex_clear (&bench.lock);
  livc_gui_test_finish (&app, &tmpdir);
  return livc_bench_finish ();
}
