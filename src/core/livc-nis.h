/* livc-nis.h: the Belgian province and region of a municipality, from its NIS code.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  LIVC_REGION_UNKNOWN,
  LIVC_REGION_FLANDERS,
  LIVC_REGION_WALLONIA,
  LIVC_REGION_BRUSSELS,
} LivcRegion;

#define LIVC_N_REGIONS 4

/* The Brussels-Capital Region has no province: LIVC_PROVINCE_NONE. */
typedef enum
{
  LIVC_PROVINCE_UNKNOWN,
  LIVC_PROVINCE_NONE,
  LIVC_PROVINCE_ANTWERPEN,
  LIVC_PROVINCE_VLAAMS_BRABANT,
  LIVC_PROVINCE_WEST_VLAANDEREN,
  LIVC_PROVINCE_OOST_VLAANDEREN,
  LIVC_PROVINCE_LIMBURG,
  LIVC_PROVINCE_BRABANT_WALLON,
  LIVC_PROVINCE_HAINAUT,
  LIVC_PROVINCE_LIEGE,
  LIVC_PROVINCE_LUXEMBOURG,
  LIVC_PROVINCE_NAMUR,
} LivcProvince;

#define LIVC_N_PROVINCES 12

gboolean     livc_nis_is_valid         (const char  *nis);
LivcProvince livc_nis_get_province     (const char  *nis);
LivcRegion   livc_nis_get_region       (const char  *nis);
LivcRegion   livc_province_get_region  (LivcProvince province);
const char  *livc_province_get_name    (LivcProvince province,
                                        const char  *lang);
const char  *livc_region_get_name      (LivcRegion   region,
                                        const char  *lang);

G_END_DECLS
