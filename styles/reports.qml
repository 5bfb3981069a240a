<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis labelsEnabled="0" styleCategories="Symbology|Labeling|Fields|Forms|Diagrams" version="3.22.16-Białowieża">
 <renderer-v2 enableorderby="0" forceraster="0" referencescale="-1" symbollevels="0" type="RuleRenderer">
  <rules key="{b13f450e-e4db-40f9-8a39-180a964a7077}">
   <rule filter="&quot;status&quot; = 'new'" key="{b9836c7f-0566-4257-b61e-c75b401d1e95}" label="신규 제보" symbol="0" />
  </rules>
  <symbols>
   <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="0" type="marker">
    <data_defined_properties>
     <Option type="Map">
      <Option name="name" type="QString" value="" />
      <Option name="properties" />
      <Option name="type" type="QString" value="collection" />
     </Option>
    </data_defined_properties>
    <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="angle" type="QString" value="0" />
      <Option name="cap_style" type="QString" value="square" />
      <Option name="color" type="QString" value="255,255,51,255" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="name" type="QString" value="triangle" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="0,0,0,255" />
      <Option name="outline_style" type="QString" value="solid" />
      <Option name="outline_width" type="QString" value="0.3" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="3.2" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="255,255,51,255" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="joinstyle" v="bevel" />
     <prop k="name" v="triangle" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="0,0,0,255" />
     <prop k="outline_style" v="solid" />
     <prop k="outline_width" v="0.3" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="3.2" />
     <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="size_unit" v="MM" />
     <prop k="vertical_anchor_point" v="1" />
     <data_defined_properties>
      <Option type="Map">
       <Option name="name" type="QString" value="" />
       <Option name="properties" />
       <Option name="type" type="QString" value="collection" />
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
  </symbols>
 </renderer-v2>
 <blendMode>0</blendMode>
 <featureBlendMode>0</featureBlendMode>
 <fieldConfiguration>
  <field configurationFlags="None" name="fid">
   <editWidget type="Hidden">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="id">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="received_on">
   <editWidget type="DateTime">
    <config>
     <Option type="Map">
      <Option name="allow_null" type="bool" value="true" />
      <Option name="calendar_popup" type="bool" value="true" />
      <Option name="display_format" type="QString" value="yyyy-MM-dd" />
      <Option name="field_format" type="QString" value="yyyy-MM-dd" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="channel">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="카카오톡" type="QString" value="kakaotalk" />
       </Option>
       <Option type="Map">
        <Option name="콜센터" type="QString" value="call_centre" />
       </Option>
       <Option type="Map">
        <Option name="협약기관" type="QString" value="partner" />
       </Option>
       <Option type="Map">
        <Option name="방문자" type="QString" value="visitor" />
       </Option>
       <Option type="Map">
        <Option name="방문상담" type="QString" value="walk_in" />
       </Option>
       <Option type="Map">
        <Option name="기타" type="QString" value="other" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="reporter_role">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="공무원" type="QString" value="official" />
       </Option>
       <Option type="Map">
        <Option name="복지통장" type="QString" value="welfare_block_leader" />
       </Option>
       <Option type="Map">
        <Option name="명예사회복지공무원" type="QString" value="honorary_officer" />
       </Option>
       <Option type="Map">
        <Option name="지역사회보장협의체 위원" type="QString" value="council_member" />
       </Option>
       <Option type="Map">
        <Option name="우리동네돌봄단" type="QString" value="care_corps" />
       </Option>
       <Option type="Map">
        <Option name="방문간호사" type="QString" value="visiting_nurse" />
       </Option>
       <Option type="Map">
        <Option name="복지플래너" type="QString" value="welfare_planner" />
       </Option>
       <Option type="Map">
        <Option name="집배원" type="QString" value="postal_carrier" />
       </Option>
       <Option type="Map">
        <Option name="검침원" type="QString" value="meter_reader" />
       </Option>
       <Option type="Map">
        <Option name="경찰" type="QString" value="police" />
       </Option>
       <Option type="Map">
        <Option name="가스·수도·전력" type="QString" value="utility" />
       </Option>
       <Option type="Map">
        <Option name="야쿠르트" type="QString" value="yakult" />
       </Option>
       <Option type="Map">
        <Option name="양곡배달" type="QString" value="rice_delivery" />
       </Option>
       <Option type="Map">
        <Option name="기타 협약기관" type="QString" value="other_partner" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="address">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="description">
   <editWidget type="TextEdit">
    <config>
     <Option type="Map">
      <Option name="IsMultiline" type="bool" value="true" />
      <Option name="UseHtml" type="bool" value="false" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="status">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="신규" type="QString" value="new" />
       </Option>
       <Option type="Map">
        <Option name="배정" type="QString" value="assigned" />
       </Option>
       <Option type="Map">
        <Option name="방문완료" type="QString" value="visited" />
       </Option>
       <Option type="Map">
        <Option name="종결" type="QString" value="closed" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="household_id">
   <editWidget type="ValueRelation">
    <config>
     <Option type="Map">
      <Option name="AllowMulti" type="bool" value="false" />
      <Option name="AllowNull" type="bool" value="true" />
      <Option name="FilterExpression" type="QString" value="" />
      <Option name="Key" type="QString" value="id" />
      <Option name="Layer" type="QString" value="" />
      <Option name="LayerName" type="QString" value="가구" />
      <Option name="LayerProviderName" type="QString" value="ogr" />
      <Option name="LayerSource" type="QString" value="" />
      <Option name="NofColumns" type="int" value="1" />
      <Option name="OrderByValue" type="bool" value="true" />
      <Option name="UseCompleter" type="bool" value="true" />
      <Option name="Value" type="QString" value="address" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="dong_code">
   <editWidget type="ValueRelation">
    <config>
     <Option type="Map">
      <Option name="AllowMulti" type="bool" value="false" />
      <Option name="AllowNull" type="bool" value="true" />
      <Option name="FilterExpression" type="QString" value="&quot;level&quot; = 'dong'" />
      <Option name="Key" type="QString" value="code" />
      <Option name="Layer" type="QString" value="" />
      <Option name="LayerName" type="QString" value="행정구역 (구·동·통)" />
      <Option name="LayerProviderName" type="QString" value="ogr" />
      <Option name="LayerSource" type="QString" value="" />
      <Option name="NofColumns" type="int" value="1" />
      <Option name="OrderByValue" type="bool" value="true" />
      <Option name="UseCompleter" type="bool" value="true" />
      <Option name="Value" type="QString" value="name" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="created_at">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="created_by">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="updated_at">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="updated_by">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
 </fieldConfiguration>
 <aliases>
  <alias field="fid" index="0" name="" />
  <alias field="id" index="1" name="ID" />
  <alias field="received_on" index="2" name="접수일" />
  <alias field="channel" index="3" name="제보경로" />
  <alias field="reporter_role" index="4" name="제보자" />
  <alias field="address" index="5" name="주소" />
  <alias field="description" index="6" name="내용" />
  <alias field="status" index="7" name="상태" />
  <alias field="household_id" index="8" name="가구" />
  <alias field="dong_code" index="9" name="행정동" />
  <alias field="created_at" index="10" name="등록일시" />
  <alias field="created_by" index="11" name="등록자" />
  <alias field="updated_at" index="12" name="수정일시" />
  <alias field="updated_by" index="13" name="수정자" />
 </aliases>
 <defaults>
  <default applyOnUpdate="0" expression="" field="fid" />
  <default applyOnUpdate="0" expression="uuid('WithoutBraces')" field="id" />
  <default applyOnUpdate="0" expression="" field="received_on" />
  <default applyOnUpdate="0" expression="" field="channel" />
  <default applyOnUpdate="0" expression="" field="reporter_role" />
  <default applyOnUpdate="0" expression="" field="address" />
  <default applyOnUpdate="0" expression="" field="description" />
  <default applyOnUpdate="0" expression="" field="status" />
  <default applyOnUpdate="0" expression="" field="household_id" />
  <default applyOnUpdate="1" expression="aggregate('districts', 'max', &quot;code&quot;, intersects($geometry, geometry(@parent)) AND &quot;level&quot; = 'dong')" field="dong_code" />
  <default applyOnUpdate="0" expression="" field="created_at" />
  <default applyOnUpdate="0" expression="@user_account_name" field="created_by" />
  <default applyOnUpdate="1" expression="now()" field="updated_at" />
  <default applyOnUpdate="1" expression="@user_account_name" field="updated_by" />
 </defaults>
 <constraints>
  <constraint constraints="3" exp_strength="0" field="fid" notnull_strength="1" unique_strength="1" />
  <constraint constraints="1" exp_strength="0" field="id" notnull_strength="1" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="received_on" notnull_strength="1" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="channel" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="reporter_role" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="address" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="description" notnull_strength="0" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="status" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="household_id" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="dong_code" notnull_strength="0" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="created_at" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="created_by" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="updated_at" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="updated_by" notnull_strength="0" unique_strength="0" />
 </constraints>
 <constraintExpressions>
  <constraint desc="" exp="" field="fid" />
  <constraint desc="" exp="" field="id" />
  <constraint desc="" exp="" field="received_on" />
  <constraint desc="" exp="" field="channel" />
  <constraint desc="" exp="" field="reporter_role" />
  <constraint desc="" exp="" field="address" />
  <constraint desc="" exp="" field="description" />
  <constraint desc="" exp="" field="status" />
  <constraint desc="" exp="" field="household_id" />
  <constraint desc="" exp="" field="dong_code" />
  <constraint desc="" exp="" field="created_at" />
  <constraint desc="" exp="" field="created_by" />
  <constraint desc="" exp="" field="updated_at" />
  <constraint desc="" exp="" field="updated_by" />
 </constraintExpressions>
 <expressionfields />
 <editform tolerant="1" />
 <editforminit />
 <editforminitcodesource>0</editforminitcodesource>
 <editforminitfilepath />
 <editforminitcode />
 <featformsuppress>0</featformsuppress>
 <editorlayout>generatedlayout</editorlayout>
 <editable>
  <field editable="0" name="created_at" />
  <field editable="0" name="created_by" />
  <field editable="0" name="id" />
  <field editable="0" name="updated_at" />
  <field editable="0" name="updated_by" />
 </editable>
 <labelOnTop />
 <reuseLastValue />
 <dataDefinedFieldProperties />
 <widgets />
 <layerGeometryType>0</layerGeometryType>
</qgis>
