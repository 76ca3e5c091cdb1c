/* generate-assessments.c: writes N realistic assessments of the built-in questionnaire
 * into a folder, for comparison tests and benchmarks. Cells differ in maturity, each
 * domain a little around it, items a little around their domain; a third of the cells
 * come back at later dates, more mature; a few answers are "not applicable", "don't
 * know" or left open. The same seed gives the same files.
 *
 *   generate-assessments [--provinces] [--visits=V] N FOLDER [SEED]
 *
 * --provinces spreads the NIS codes over the real arrondissements of every province and
 * of Brussels (else they are 11000 and up); --visits=V brings every cell back V times,
 * a year apart. Neither changes the random draws, so without them the files are as before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "livc-core.h"

static const char *first_parts[] = {
  "Heuvel", "Beek", "Linde", "Wilgen", "Eiken", "Mole", "Bos", "Kapel", "Ramme", "Zand",
  "Bois", "Mont", "Val", "Roche", "Fontaine", "Pré", "Chêne", "Saule", "Croix", "Haute",
};
static const char *second_parts[] = {
  "molen", "donk", "rode", "gem", "hout", "berg", "dijk", "kerke", "lare", "hoven",
  "-la-Ville", "-sur-Meuse", "-le-Château", "fort", "-Saint-Jean", "ville", "court", "mont",
  "sart", "-en-Ardenne",
};

/* The first two digits of NIS codes of real arrondissements, Brussels and every province. */
static const char *arrondissements[] = {
  "11", "44", "52", "62", "71", "92", "21", "24", "31", "57", "13", "25", "41", "63", "82",
  "23", "34", "53", "73", "91", "12", "46", "55", "64", "72", "93", "35", "84", "61", "45",
};

static double
gaussian (GRand *rand)
{
  /* Box–Muller: one normal draw from two uniform ones. */
  double u = g_rand_double_range (rand, 1e-12, 1.0);
  double v = g_rand_double (rand);

  return sqrt (-2 * log (u)) * cos (2 * G_PI * v);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcQuestionnaire) q = NULL;
  g_autoptr(GRand) rand = NULL;
  GListModel *domains;
  guint n, written = 0, fixed_visits = 0;
  gboolean provinces = FALSE;
  const char *folder;

  while (argc > 1 && g_str_has_prefix (argv[1], "--"))
    {
      if (g_strcmp0 (argv[1], "--provinces") == 0)
        provinces = TRUE;
      else if (g_str_has_prefix (argv[1], "--visits="))
        fixed_visits = (guint) g_ascii_strtoull (argv[1] + strlen ("--visits="), NULL, 10);
      else
        break;
      argc--;
      argv++;
    }
  if (argc < 3)
    {
      g_printerr ("usage: generate-assessments [--provinces] [--visits=V] N FOLDER [SEED]\n");
      return 2;
    }
  n = (guint) g_ascii_strtoull (argv[1], NULL, 10);
  folder = argv[2];
  rand = g_rand_new_with_seed (argc > 3 ? (guint32) g_ascii_strtoull (argv[3], NULL, 10) : 2026);
  livc_core_init ();
  q = livc_catalog_get_builtin (&error);
  if (q == NULL || g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_printerr ("generate-assessments: %s\n", error ? error->message : g_strerror (errno));
      return 1;
    }
  domains = livc_questionnaire_get_domains (q);

  for (guint cell = 0; written < n; cell++)
    {
      double maturity = g_rand_double_range (rand, 0.05, 0.85);
      guint visits = g_rand_int_range (rand, 0, 3) == 0 ? (guint) g_rand_int_range (rand, 2, 4) : 1;
      guint year = (guint) g_rand_int_range (rand, 2022, 2025);
      /* 400 distinct names, then numbered ones. */
      g_autofree char *name =
        g_strdup_printf ("%s%s", first_parts[cell % G_N_ELEMENTS (first_parts)],
                         second_parts[(cell / G_N_ELEMENTS (first_parts) + cell)
                                      % G_N_ELEMENTS (second_parts)]);
      g_autofree char *unique = cell >= G_N_ELEMENTS (first_parts) * G_N_ELEMENTS (second_parts)
                                  ? g_strdup_printf ("%s %u", name, cell / 400 + 1)
                                  : g_strdup (name);
      g_autofree char *nis =
        provinces
          ? g_strdup_printf ("%s%03u", arrondissements[cell % G_N_ELEMENTS (arrondissements)],
                             (guint) (1 + cell / G_N_ELEMENTS (arrondissements) % 999))
          : g_strdup_printf ("%05u", 11000 + cell);
      g_autofree double *offsets = g_new (double, g_list_model_get_n_items (domains));

      if (fixed_visits > 0)
        visits = fixed_visits;

      for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
        offsets[d] = 0.12 * gaussian (rand);

      for (guint visit = 0; visit < visits && written < n; visit++, written++)
        {
          g_autoptr(LivcAssessment) a = livc_assessment_new (livc_questionnaire_get_id (q),
                                                             livc_questionnaire_get_version (q));
          g_autoptr(LivcMunicipality) m = livc_municipality_new (nis, unique);
          g_autoptr(GBytes) bytes = NULL;
          g_autofree char *date = g_strdup_printf ("%u-%02d-%02d", year + visit,
                                                   g_rand_int_range (rand, 1, 13),
                                                   g_rand_int_range (rand, 1, 29));
          g_autofree char *title = g_strdup_printf ("LIVC-R %s %u", unique, year + visit);
          g_autofree char *path = g_strdup_printf ("%s/cell-%05u.xml", folder, written + 1);
          double level_now = maturity + 0.1 * visit;

          livc_assessment_add_municipality (a, m);
          livc_assessment_set_date (a, date);
          livc_assessment_set_title (a, title);
          for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
            {
              g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, d);
              GListModel *items = livc_domain_get_items (domain);

              for (guint i = 0; i < g_list_model_get_n_items (items); i++)
                {
                  g_autoptr(LivcItem) item = g_list_model_get_item (items, i);
                  double draw = g_rand_double (rand);
                  LivcAnswer *answer;
                  int value;

                  if (draw < 0.02)
                    continue; /* left open */
                  if (draw < 0.05)
                    value = LIVC_VALUE_NA;
                  else if (draw < 0.08)
                    value = LIVC_VALUE_UNKNOWN;
                  else
                    {
                      /* One draw, then clamped (CLAMP would draw again for each use). */
                      long level =
                        lround (1 + 4 * (level_now + offsets[d] + 0.15 * gaussian (rand)));
                      value = (int) CLAMP (level, 1, 5);
                    }
                  answer = livc_assessment_ensure_answer (a, livc_item_get_id (item));
                  livc_answer_set_value (answer, value);
                }
            }
          bytes = livc_assessment_to_bytes (a);
          if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                    (gssize) g_bytes_get_size (bytes), &error))
            {
              g_printerr ("generate-assessments: %s\n", error->message);
              return 1;
            }
        }
    }
  return 0;
}
