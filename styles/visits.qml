<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="Symbology|Labeling|Fields|Forms|Diagrams" version="3.22.16-Białowieża">
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
  <field configurationFlags="None" name="visited_on">
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
  <field configurationFlags="None" name="visitor_id">
   <editWidget type="ValueRelation">
    <config>
     <Option type="Map">
      <Option name="AllowMulti" type="bool" value="false" />
      <Option name="AllowNull" type="bool" value="true" />
      <Option name="FilterExpression" type="QString" value="" />
      <Option name="Key" type="QString" value="id" />
      <Option name="Layer" type="QString" value="" />
      <Option name="LayerName" type="QString" value="방문자" />
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
  <field configurationFlags="None" name="method">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="방문" type="QString" value="in_person" />
       </Option>
       <Option type="Map">
        <Option name="전화" type="QString" value="phone" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="outcome">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="방문(면담)" type="QString" value="met" />
       </Option>
       <Option type="Map">
        <Option name="부재" type="QString" value="absent" />
       </Option>
       <Option type="Map">
        <Option name="거부" type="QString" value="refused" />
       </Option>
       <Option type="Map">
        <Option name="이사" type="QString" value="moved" />
       </Option>
       <Option type="Map">
        <Option name="사망" type="QString" value="deceased" />
       </Option>
       <Option type="Map">
        <Option name="장기입원" type="QString" value="hospitalised" />
       </Option>
       <Option type="Map">
        <Option name="빈집" type="QString" value="vacant" />
       </Option>
       <Option type="Map">
        <Option name="연락두절" type="QString" value="unreachable" />
       </Option>
       <Option type="Map">
        <Option name="주소불일치" type="QString" value="address_mismatch" />
       </Option>
       <Option type="Map">
        <Option name="지원불필요" type="QString" value="no_need" />
       </Option>
       <Option type="Map">
        <Option name="전화상담" type="QString" value="phone_only" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="risk_level">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="고위험" type="QString" value="high" />
       </Option>
       <Option type="Map">
        <Option name="중위험" type="QString" value="medium" />
       </Option>
       <Option type="Map">
        <Option name="저위험" type="QString" value="low" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="notes">
   <editWidget type="TextEdit">
    <config>
     <Option type="Map">
      <Option name="IsMultiline" type="bool" value="true" />
      <Option name="UseHtml" type="bool" value="false" />
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
  <alias field="household_id" index="2" name="가구" />
  <alias field="visited_on" index="3" name="방문일" />
  <alias field="visitor_id" index="4" name="방문자" />
  <alias field="method" index="5" name="방문방법" />
  <alias field="outcome" index="6" name="방문결과" />
  <alias field="risk_level" index="7" name="위기도" />
  <alias field="notes" index="8" name="메모" />
  <alias field="created_at" index="9" name="등록일시" />
  <alias field="created_by" index="10" name="등록자" />
  <alias field="updated_at" index="11" name="수정일시" />
  <alias field="updated_by" index="12" name="수정자" />
 </aliases>
 <defaults>
  <default applyOnUpdate="0" expression="" field="fid" />
  <default applyOnUpdate="0" expression="uuid('WithoutBraces')" field="id" />
  <default applyOnUpdate="0" expression="" field="household_id" />
  <default applyOnUpdate="0" expression="" field="visited_on" />
  <default applyOnUpdate="0" expression="" field="visitor_id" />
  <default applyOnUpdate="0" expression="" field="method" />
  <default applyOnUpdate="0" expression="" field="outcome" />
  <default applyOnUpdate="0" expression="" field="risk_level" />
  <default applyOnUpdate="0" expression="" field="notes" />
  <default applyOnUpdate="0" expression="" field="created_at" />
  <default applyOnUpdate="0" expression="@user_account_name" field="created_by" />
  <default applyOnUpdate="1" expression="now()" field="updated_at" />
  <default applyOnUpdate="1" expression="@user_account_name" field="updated_by" />
 </defaults>
 <constraints>
  <constraint constraints="3" exp_strength="0" field="fid" notnull_strength="1" unique_strength="1" />
  <constraint constraints="1" exp_strength="0" field="id" notnull_strength="1" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="household_id" notnull_strength="1" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="visited_on" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="visitor_id" notnull_strength="0" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="method" notnull_strength="1" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="outcome" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="risk_level" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="notes" notnull_strength="0" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="created_at" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="created_by" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="updated_at" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="updated_by" notnull_strength="0" unique_strength="0" />
 </constraints>
 <constraintExpressions>
  <constraint desc="" exp="" field="fid" />
  <constraint desc="" exp="" field="id" />
  <constraint desc="" exp="" field="household_id" />
  <constraint desc="" exp="" field="visited_on" />
  <constraint desc="" exp="" field="visitor_id" />
  <constraint desc="" exp="" field="method" />
  <constraint desc="" exp="" field="outcome" />
  <constraint desc="" exp="" field="risk_level" />
  <constraint desc="" exp="" field="notes" />
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
 <layerGeometryType>4</layerGeometryType>
</qgis>
