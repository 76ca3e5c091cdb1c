/* bench-report-text.c: the report of an assessment whose one note is 1 KB, 10 KB, 100 KB
 * and 1 MB long, in three shapes (one paragraph, a run without spaces, short lines), timed
 * as a user waits for it: the real livc-scan-cli from fork to exit. Layout must stay near
 * linear in the text's length: the time per KB of the 1 MB note at most twice that of the
 * 100 KB one.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "livc-bench.h"

#define RUNS 3
#define TARGET_MS_PER_KB 10.0 /* at 1 MB: a 1 MB note in 10 s on a busy machine */
#define TARGET_GROWTH 2.0     /* ms per KB at 1 MB over ms per KB at 100 KB */

static const gsize sizes[] = { 1000, 10000, 100000, 1000000 };

typedef enum
{
  SHAPE_PARAGRAPH,
  SHAPE_RUN,
  SHAPE_LINES,
} Shape;

static const char *shape_names[] = { "one paragraph", "no spaces", "short lines" };

static char *
note_text (Shape shape,
           gsize bytes)
{
  GString *s = g_string_sized_new (bytes + 32);

  for (guint i = 0; s->len < bytes; i++)
    switch (shape)
      {
      case SHAPE_PARAGRAPH:
        g_string_append_printf (s, "%sw%u", i > 0 ? " " : "", i);
        break;
      case SHAPE_RUN:
        g_string_append_printf (s, "Zx%08u", i);
        break;
      case SHAPE_LINES:
      default:
        g_string_append_printf (s, "%sregel %u", i > 0 ? "\n" : "", i);
        break;
      }
  return g_string_free (s, FALSE);
}

static char *
write_assessment (const char *dir,
                  Shape       shape,
                  gsize       bytes)
{
  g_autofree char *note = note_text (shape, bytes);
  g_autofree char *path = g_strdup_printf ("%s/note-%d-%zu.xml", dir, (int) shape, bytes);
  g_autofree char *xml = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<assessment xmlns=\"urn:livc-scan:assessment:1\" questionnaire=\"livc-r\"\n"
    "            questionnaire-version=\"2026.1\">\n"
    "  <municipality nis=\"99041\">Heuvelmolen</municipality>\n  <date>2026-05-20</date>\n"
    "  <answer item=\"protocol.founded\" value=\"4\"><note>%s</note></answer>\n"
    "</assessment>\n", note);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, xml, -1, &error))
    g_error ("%s", error->message);
  return g_steal_pointer (&path);
}

int
main (int    argc,
      char **argv)
{
  const char *cli = livc_bench_program ("LIVC_SCAN_CLI");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("livc-bench-XXXXXX", &error);
  g_autofree char *out = NULL;

  livc_bench_init ();
  g_assert_no_error (error);
  out = g_strdup_printf ("%s/report.pdf", dir);
  g_print ("livc-scan-cli report NOTE.xml --lang nl -o OUT.pdf, median of %d runs, process start "
           "included; time per KB of note, less the report without it\n", RUNS);
  for (Shape shape = SHAPE_PARAGRAPH; shape <= SHAPE_LINES; shape++)
    {
      double base = 0, per_kb[G_N_ELEMENTS (sizes)];

      for (guint k = 0; k <= G_N_ELEMENTS (sizes); k++)
        {
          gsize bytes = k == 0 ? 10 : sizes[k - 1];
          g_autofree char *path = write_assessment (dir, shape, bytes);
          const char *args[] = { cli, "report", path, "--lang", "nl", "-o", out, NULL };
          double wall[RUNS], seconds, rss = 0, run_rss;
          g_autofree char *name = NULL;

          for (guint run = 0; run < RUNS; run++)
            {
              if (!livc_bench_run (args, &seconds, &run_rss))
                return EXIT_FAILURE;
              wall[run] = seconds * 1000;
              rss = MAX (rss, run_rss);
            }
          if (k == 0)
            {
              base = livc_bench_median (wall, RUNS);
              continue;
            }
          per_kb[k - 1] = MAX (livc_bench_median (wall, RUNS) - base, 0) / (bytes / 1000.0);
          name = g_strdup_printf ("%s, %zu KB: time per KB", shape_names[shape], bytes / 1000);
          if (bytes == 1000000)
            livc_bench_check (name, per_kb[k - 1], TARGET_MS_PER_KB, "ms");
          else
            livc_bench_figure (name, per_kb[k - 1], "ms");
          g_free (name);
          name = g_strdup_printf ("%s, %zu KB: peak RSS of the CLI", shape_names[shape],
                                  bytes / 1000);
          livc_bench_figure (name, rss, "MB");
        }
      {
        g_autofree char *name = g_strdup_printf ("%s: time per KB at 1 MB over 100 KB",
                                                 shape_names[shape]);

        livc_bench_check (name, per_kb[3] / MAX (per_kb[2], 1e-3), TARGET_GROWTH, "×");
      }
    }
  livc_bench_rmdir (dir);
  return livc_bench_finish ();
}
