/* livc-nis.c: the Belgian province and region of a municipality, from its NIS code (the
 * five-digit code of Statbel, formerly the Nationaal Instituut voor de Statistiek). The
 * first digit names the province, except 2, the former province of Brabant, where the
 * second digit tells Brussels (21), Vlaams-Brabant (23, 24) and Brabant wallon (25) apart.
 * The names are the official ones in Dutch, French and English, whatever the UI language.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "livc-nis.h"

typedef struct
{
  const char *nl;
  const char *fr;
  const char *en;
} Names;

static const Names province_names[LIVC_N_PROVINCES] = {
  [LIVC_PROVINCE_UNKNOWN] = { "—", "—", "—" },
  [LIVC_PROVINCE_NONE] = { "—", "—", "—" },
  [LIVC_PROVINCE_ANTWERPEN] = { "Antwerpen", "Anvers", "Antwerp" },
  [LIVC_PROVINCE_VLAAMS_BRABANT] = { "Vlaams-Brabant", "Brabant flamand", "Flemish Brabant" },
  [LIVC_PROVINCE_WEST_VLAANDEREN] = { "West-Vlaanderen", "Flandre-Occidentale", "West Flanders" },
  [LIVC_PROVINCE_OOST_VLAANDEREN] = { "Oost-Vlaanderen", "Flandre-Orientale", "East Flanders" },
  [LIVC_PROVINCE_LIMBURG] = { "Limburg", "Limbourg", "Limburg" },
  [LIVC_PROVINCE_BRABANT_WALLON] = { "Waals-Brabant", "Brabant wallon", "Walloon Brabant" },
  [LIVC_PROVINCE_HAINAUT] = { "Henegouwen", "Hainaut", "Hainaut" },
  [LIVC_PROVINCE_LIEGE] = { "Luik", "Liège", "Liège" },
  [LIVC_PROVINCE_LUXEMBOURG] = { "Luxemburg", "Luxembourg", "Luxembourg" },
  [LIVC_PROVINCE_NAMUR] = { "Namen", "Namur", "Namur" },
};

static const Names region_names[LIVC_N_REGIONS] = {
  [LIVC_REGION_UNKNOWN] = { "—", "—", "—" },
  [LIVC_REGION_FLANDERS] = { "Vlaanderen", "Flandre", "Flanders" },
  [LIVC_REGION_WALLONIA] = { "Wallonië", "Wallonie", "Wallonia" },
  [LIVC_REGION_BRUSSELS] = { "Brussel", "Bruxelles", "Brussels" },
};

/* Five ASCII digits, the first not 0 (codes starting with 0 name regions, not
 * municipalities). */
gboolean
livc_nis_is_valid (const char *nis)
{
  if (nis == NULL || strlen (nis) != 5 || nis[0] == '0')
    return FALSE;
  for (guint i = 0; i < 5; i++)
    if (!g_ascii_isdigit (nis[i]))
      return FALSE;
  return TRUE;
}

LivcProvince
livc_nis_get_province (const char *nis)
{
  if (!livc_nis_is_valid (nis))
    return LIVC_PROVINCE_UNKNOWN;
  switch (nis[0])
    {
    case '1': return LIVC_PROVINCE_ANTWERPEN;
    case '2':
      switch (nis[1])
        {
        case '1': return LIVC_PROVINCE_NONE;
        case '3':
        case '4': return LIVC_PROVINCE_VLAAMS_BRABANT;
        case '5': return LIVC_PROVINCE_BRABANT_WALLON;
        default: return LIVC_PROVINCE_UNKNOWN;
        }
    case '3': return LIVC_PROVINCE_WEST_VLAANDEREN;
    case '4': return LIVC_PROVINCE_OOST_VLAANDEREN;
    case '5': return LIVC_PROVINCE_HAINAUT;
    case '6': return LIVC_PROVINCE_LIEGE;
    case '7': return LIVC_PROVINCE_LIMBURG;
    case '8': return LIVC_PROVINCE_LUXEMBOURG;
    case '9': return LIVC_PROVINCE_NAMUR;
    default: return LIVC_PROVINCE_UNKNOWN;
    }
}

LivcRegion
livc_province_get_region (LivcProvince province)
{
  switch (province)
    {
    case LIVC_PROVINCE_NONE:
      return LIVC_REGION_BRUSSELS;
    case LIVC_PROVINCE_ANTWERPEN:
    case LIVC_PROVINCE_VLAAMS_BRABANT:
    case LIVC_PROVINCE_WEST_VLAANDEREN:
    case LIVC_PROVINCE_OOST_VLAANDEREN:
    case LIVC_PROVINCE_LIMBURG:
      return LIVC_REGION_FLANDERS;
    case LIVC_PROVINCE_BRABANT_WALLON:
    case LIVC_PROVINCE_HAINAUT:
    case LIVC_PROVINCE_LIEGE:
    case LIVC_PROVINCE_LUXEMBOURG:
    case LIVC_PROVINCE_NAMUR:
      return LIVC_REGION_WALLONIA;
    case LIVC_PROVINCE_UNKNOWN:
    default:
      return LIVC_REGION_UNKNOWN;
    }
}

LivcRegion
livc_nis_get_region (const char *nis)
{
  return livc_province_get_region (livc_nis_get_province (nis));
}

static const char *
pick (const Names *names,
      const char  *lang)
{
  if (g_strcmp0 (lang, "fr") == 0)
    return names->fr;
  if (g_strcmp0 (lang, "en") == 0)
    return names->en;
  return names->nl;
}

/* The province's official name in lang (nl, fr or en; Dutch otherwise); "—" for none. */
const char *
livc_province_get_name (LivcProvince province,
                        const char  *lang)
{
  g_return_val_if_fail (province < LIVC_N_PROVINCES, "—");
  return pick (&province_names[province], lang);
}

const char *
livc_region_get_name (LivcRegion  region,
                      const char *lang)
{
  g_return_val_if_fail (region < LIVC_N_REGIONS, "—");
  return pick (&region_names[region], lang);
}
